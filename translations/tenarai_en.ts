<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>main</name>
    <message>
        <source>Cannot save the picture %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::AddStepCommand</name>
    <message>
        <source>Add “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::AddressSplitter</name>
    <message>
        <source>The address does not start with a prefecture or a municipality that Tenarai knows: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could be %2; add the district (郡).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists in %2; add the prefecture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No municipality of %1 starts with &quot;%2&quot;; check the spelling, or the municipality list may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::ArchivePackSource</name>
    <message>
        <source>The archive cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is %1 bytes, more than the limit of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is empty: it holds no files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is neither a pack folder nor a .tenarai-pack archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is damaged or incomplete: its ZIP directory cannot be read (was it truncated while copying?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive has %1 entries, more than the limit of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive has more entries than the limit of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is damaged: its ZIP directory is unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry is a symbolic link, which a pack may not contain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry is encrypted with a password; pack archives are never encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry is compressed with method %1, which Tenarai cannot read; save the archive with Deflate compression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry appears twice in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry differs from “%1” only in upper and lower case; the two would clash on Windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry inflates to %1 bytes, more than the limit of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files of the archive inflate to more than the limit of %1 bytes together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry inflates more than %1 times its compressed size, as a compression bomb does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is damaged: its ZIP directory is unreadable (error %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not in the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive cannot be read any more: its ZIP directory is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive has changed since the pack was opened; open the pack again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be inflated: the archive is damaged (error %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file inflates to %1 bytes, but the archive&apos;s directory says %2; the archive is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::BundleCommand</name>
    <message>
        <source>export: the learner whose progress to export, by name or profile id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation key file from IT. Export seals the bundle with it; import then accepts only bundles sealed with the same key, so that a changed bundle is refused even when its checksum was recomputed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry a learner&apos;s progress to another PC in one file: bundle export or bundle import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export [--db PATH] --profile NAME_OR_ID OUT | import [--db PATH] FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export or import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle to write (export; replaced if it exists) or to read (import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do: export or import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is neither export nor import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export takes exactly one file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import takes exactly one bundle file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --profile: the learner whose progress to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import takes no --profile: a bundle holds one learner&apos;s progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) of “%1” to %2.</source>
        <translation>
            <numerusform>Exported %n record of “%1” to %2.</numerusform>
            <numerusform>Exported %n records of “%1” to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new record(s) imported from %1.</source>
        <translation>
            <numerusform>%n new record imported from %1.</numerusform>
            <numerusform>%n new records imported from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenarai::CellCollator</name>
    <message>
        <source>Tenarai has no sort order for the language “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::CellRewriteStep</name>
    <message>
        <source>“%1” is not a value this step can read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::CentralConfig</name>
    <message>
        <source>The value of “%1” in [%2] contains a comma; put the whole value in &quot;double quotes&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] needs a value for “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” named by “%2” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” named by “%2” cannot be read by this user; check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in [%2] must be a whole number from %3 to %4, not “%5”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file “%1” is larger than %2 bytes; it should hold the password on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file “%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file “%1” is empty; write the password on its first line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store configuration cannot be read; check that it is a file this user may read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store configuration is not a valid INI file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store configuration cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not write the password in the configuration file; put it in a file that only the right users can read and name that file with “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key “%1” in [%2]. Known keys: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected sub-group “%1” in [%2].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in [%2] must be “postgres” or “none”, not “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in [%2] must be one of %3, not “%4”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslmode “%1” needs “%2”: the certificate of the authority that signed the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client certificate needs both “%1” and “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value “%1” in [%2] contains a semicolon, which cannot be passed on to the database driver.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::CentralSync</name>
    <message>
        <source>Sending progress to the central database “%1” stopped (%2). %3 event(s) were sent; the other %4 stay on this PC and will be sent next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central database “%1” reported an error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The central progress database at “%1” cannot be used (%2). Your progress is kept on this PC (%n event(s) waiting) and will be sent the next time the database can be reached.</source>
        <translation>
            <numerusform>The central progress database at “%1” cannot be used (%2). Your progress is kept on this PC (%n event waiting) and will be sent the next time the database can be reached.</numerusform>
            <numerusform>The central progress database at “%1” cannot be used (%2). Your progress is kept on this PC (%n events waiting) and will be sent the next time the database can be reached.</numerusform>
        </translation>
    </message>
    <message>
        <source>The central progress database at “%1” cannot be used (%2). Your progress is kept on this PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events sent to the central database could not be marked as sent on this PC; they will be sent again next time, which does no harm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped after sending %n event(s); the rest wait on this PC.</source>
        <translation>
            <numerusform>Stopped after sending %n event; the rest wait on this PC.</numerusform>
            <numerusform>Stopped after sending %n events; the rest wait on this PC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after receiving %n event(s) from the central database.</source>
        <translation>
            <numerusform>Stopped after receiving %n event from the central database.</numerusform>
            <numerusform>Stopped after receiving %n events from the central database.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenarai::ChangeTypeStep</name>
    <message>
        <source>Make the values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes or no (TRUE/FALSE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has too many digits to keep exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a yes-or-no value (TRUE/FALSE, はい/いいえ, 1/0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the kind of values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::CleanCommand</name>
    <message>
        <source>The recipe to run (a .json file saved by Tenarai).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a cleaning recipe on an XLSX or CSV file and write the result (CSV or XLSX by extension).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--recipe R.json [options] IN OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to clean: .xlsx, .xlsm, .csv, .tsv or .txt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write: .csv or .xlsx. Written only when every step succeeds; replaced if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the recipe with --recipe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one input file and one output file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell the output format from &quot;%1&quot;; use a .csv or .xlsx file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown input encoding &quot;%1&quot;; use utf-8, cp932 or utf-16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;; use utf-8, cp932 or utf-16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaning %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>step %1 (“%2”): %n value(s) left unchanged</source>
        <translation>
            <numerusform>step %1 (“%2”): %n value left unchanged</numerusform>
            <numerusform>step %1 (“%2”): %n values left unchanged</numerusform>
        </translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 shown of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of the recipe failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 written; %n value(s) could not be cleaned (see above).</source>
        <translation>
            <numerusform>%1 written; %n value could not be cleaned (see above).</numerusform>
            <numerusform>%1 written; %n values could not be cleaned (see above).</numerusform>
        </translation>
    </message>
    <message>
        <source>Encoding of a CSV input: utf-8, cp932 or utf-16. Overrides the recipe&apos;s; when neither names one, it is detected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet to clean: its name, or its position counted from 0. Overrides the recipe&apos;s; when neither names one, the first worksheet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::CleaningExercisePanel</name>
    <message>
        <source>The exercise “%1” has no lesson pack to read its files from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exercise is open to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every cell matches the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) left</source>
        <translation>
            <numerusform>%n cell left</numerusform>
            <numerusform>%n cells left</numerusform>
        </translation>
    </message>
    <message>
        <source>Cells still different from the target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::CleaningWorkbench</name>
    <message>
        <source>The preview was stopped. Click “Update preview” to run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cleaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Recipe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the steps with a recipe saved earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Recipe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the steps as a recipe file to use again on other files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another file and run these steps on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied &amp;steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps run from top to bottom. Drag a step to move it; untick it to skip it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table after the selected step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click a column name to add a step for that column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop computing the preview; the steps stay as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values the step could not change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a file to clean its data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a step with “Add step”, or right-click a column name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step could not run: %1
The table shows the data before this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 could not run, so the steps after it did not run either: %2
The table shows the data before step %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step is turned off: the table is the same as before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) could not be changed by this step and were left as they were:</source>
        <translation>
            <numerusform>%n value could not be changed by this step and was left as it was:</numerusform>
            <numerusform>%n values could not be changed by this step and were left as they were:</numerusform>
        </translation>
    </message>
    <message>
        <source>(the first %1 are listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column has no name yet. Add a step that uses a row as column names first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipe was not saved: step %1 needs its settings completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the recipe “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the recipe “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenarai recipes (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply This Recipe to Another &amp;File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What keeps the table from being read by software, and the steps that fix it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values the selected step could not change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table as opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table after step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview is not ready yet. Click “Check again” when it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table shown is not the one checked. Click “Check again” to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The suggested step could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::CliApp</name>
    <message>
        <source>Usage: %1 COMMAND [options] [arguments]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenarai&apos;s command-line tools for lesson authors and IT staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help for a command: help COMMAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 help COMMAND&apos; or &apos;%1 COMMAND --help&apos; for a command&apos;s options and arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 See &apos;%2 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;help&quot; takes one command name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::Command</name>
    <message>
        <source>Show help for this command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 See &apos;%3 help %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::CommandLine</name>
    <message>
        <source>Tenarai: hands-on digital skills training, offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the bundled lessons from &lt;folder&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the local progress in the SQLite &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &lt;language&gt; for this run: ja (Japanese) or en (English).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;png&gt; and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A spreadsheet (CSV or XLSX) to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[file]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language “%1”: use ja or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one file can be opened at start; %1 were given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::CompletionPage</name>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you can do now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to try next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another lesson from the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next lesson: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the pack&apos;s next lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson completed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::ConvertCommand</name>
    <message>
        <source>The sheet to convert: its name, or its position counted from 0. CSV output takes the first worksheet by default; XLSX output takes every sheet unless this is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding of CSV output: utf-8 (default, with a BOM so that Excel opens it correctly) or cp932 (Shift_JIS as Windows uses it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write UTF-8 CSV without a BOM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding of a CSV input: utf-8, cp932 or utf-16. By default it is detected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XLSX output: do not style the first row as a header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert an XLSX or CSV file to CSV or XLSX (chosen by the output file&apos;s extension).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[options] IN OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to read: .xlsx, .xlsm, .csv, .tsv or .txt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write: .csv or .xlsx. It is replaced if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one input file and one output file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell the output format from &quot;%1&quot;; use a .csv or .xlsx file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--encoding applies to CSV output only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown output encoding &quot;%1&quot;; use utf-8 or cp932.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown input encoding &quot;%1&quot;; use utf-8, cp932 or utf-16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::ConvertKanaStep</name>
    <message>
        <source>Write kana as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Katakana (カタカナ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hiragana (ひらがな)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert hiragana and katakana</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::CsvParser</name>
    <message>
        <source>The quote that opens a cell in row %1 is never closed; the rest of the file was read into that cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quoted cell that starts here is longer than %1 characters; perhaps its closing quote is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cell is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has more than %1 cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has more than %1 non-empty cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has more than %1 rows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::CsvReader</name>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not open for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used as a delimiter; use a comma, tab, semicolon or another ASCII character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encoding &quot;%1&quot; is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than the limit of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains bytes that are not valid %1 text. Choose its encoding when opening it, or convert it to UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::CsvWriter</name>
    <message>
        <source>The file cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files can be written in UTF-8 or CP932 (Shift_JIS), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used as a delimiter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The character &quot;%1&quot; (U+%2) cannot be written in CP932 (Shift_JIS). Save as UTF-8, or replace the character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column name %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::DateNormalizer</name>
    <message>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An era has no year %1; its first year is 元年.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no month %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is not a leap year, so February has no day 29.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no day %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before 明治6年 (1873), when Japan still used the lunisolar calendar; it cannot be converted exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 began on %2; %3 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ended on %2; %3 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 is not an Excel date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 is beyond the last Excel date, 9999-12-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 is a time of day or day 0 in Excel, not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel serial 60 is 1900-02-29, a day that exists only in Excel (its 1900 leap-year bug).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a time of day; this column takes dates only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an era but no year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The era year in &quot;%1&quot; has too many digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no year; write it with the year, such as 2021年4月1日.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has six digits; it could be yymmdd or yyyymm, so it is not read as a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no year; write it with the year, such as 2021/4/1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year &quot;%1&quot; in &quot;%2&quot; is ambiguous; write four digits (2021) or an era (R3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no month and day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; mixes the separators &quot;%2&quot; and &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has unexpected text after the date: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time &quot;%1&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no year 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a leap year, so February has no day 29.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 is neither a yyyymmdd date nor an Excel date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a time of day, not a date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::DbCommand</name>
    <message>
        <source>Update, check or back up the progress database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[options] migrate | check | backup OUT | sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrate: bring the database up to this version of Tenarai (creating it if missing) and print its version.
check: check every page and print what the database holds. Exit status: 0 when sound, 1 when damaged, 2 when it cannot be checked.
backup OUT: write a consistent copy to the new file OUT, also while Tenarai is running.
sync: send this PC&apos;s progress to the central database IT configured, and bring this PC&apos;s learners&apos; progress from other PCs.
With --central, migrate and check work on the central database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrate, check, backup or sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do: migrate, check, backup or sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--central works with migrate and check only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” takes no further arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the file to write the backup to: backup OUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action “%1”; use migrate, check, backup or sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database can only be read, so it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: progress database version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no progress database here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database is damaged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sound, version %2%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles: %1, attempts: %2, completed lessons: %3, workshop sessions: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events: %1, not yet sent to the central database: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n record(s) to the central database.</source>
        <translation>
            <numerusform>Sent %n record to the central database.</numerusform>
            <numerusform>Sent %n records to the central database.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them had arrived there before.</source>
        <translation>
            <numerusform>%n of them had arrived there before.</numerusform>
            <numerusform>%n of them had arrived there before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received %n record(s) from other PCs.</source>
        <translation>
            <numerusform>Received %n record from other PCs.</numerusform>
            <numerusform>Received %n records from other PCs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenarai::DiagnoseCommand</name>
    <message>
        <source>The sheet to check: its name, or its position counted from 0. By default the first worksheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON with stable English keys instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a table against the government&apos;s rules for machine-readable data (総務省 統一ルール).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[options] FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 when nothing was found, 1 when there are findings, 2 when the file cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to check: .xlsx, .xlsm, .csv, .tsv or .txt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, sheet &quot;%2&quot;: %n data row(s)</source>
        <translation>
            <numerusform>%1, sheet &quot;%2&quot;: %n data row</numerusform>
            <numerusform>%1, sheet &quot;%2&quot;: %n data rows</numerusform>
        </translation>
    </message>
    <message>
        <source> below the headings in row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values were checked in %1 evenly spread rows of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s)</source>
        <translation>
            <numerusform>%n cell</numerusform>
            <numerusform>%n cells</numerusform>
        </translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step that fixes it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found that keeps the table from being machine-readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps name columns by their headings, so they assume this step first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked (cannot be told from the cells):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>: %n error(s)</source>
        <translation>
            <numerusform>: %n error</numerusform>
            <numerusform>: %n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s).</source>
        <translation>
            <numerusform>, %n warning.</numerusform>
            <numerusform>, %n warnings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenarai::Diagnosis</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n range(s) of cells are merged. Software sees a value only in the first cell of a merged range and the other cells as empty, so rows lose their group or heading. Unmerge the cells and write the value in every row.</source>
        <translation>
            <numerusform>%n range of cells is merged. Software sees a value only in the first cell of a merged range and the other cells as empty, so rows lose their group or heading. Unmerge the cells and write the value in every row.</numerusform>
            <numerusform>%n ranges of cells are merged. Software sees a value only in the first cell of a merged range and the other cells as empty, so rows lose their group or heading. Unmerge the cells and write the value in every row.</numerusform>
        </translation>
    </message>
    <message>
        <source>“Fill down” writes the value of each merged range into the empty cells below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns without a heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some columns hold data but have no heading, so nobody can tell what their values mean and steps cannot name them. Write a heading for each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headings spaced out or broken over lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some headings hold spaces or line breaks to make them look centred or fit the column (氏&#x3000;名). Software then sees a different name from the one people search for. Write headings without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>column name with its unit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one value in a cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells of column “%1” hold several numbers or dates separated by “%2”. Software cannot add up or sort them. Put each value in its own column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers written as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers are written with 円, ¥, commas, full-width digits or spaces (1,000円, １２０００). Software reads them as text and cannot add them up. Keep only the number in the cell and the unit in the heading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers stored as text cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These cells look like numbers but are stored as text (Excel marks them with a green triangle), so sums and sorting skip or misplace them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words in a column of numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A column of numbers also holds words (無料, 約3,000円, 未定). Software then treats the whole column as text. Decide what each should be: a number, an empty cell, or a note in another column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spaces or line breaks for layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values have spaces before or after them, several spaces in a row, or line breaks. They look the same on screen, but software sees “山田&#x3000;太郎” and “山田 太郎 ” as different values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group names written only once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group name (such as a 地区) is written in the first row of its group and the rows below are left blank. Each row must say its group, or sorting and filtering lose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit written in the cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit is written in the cells (円, 人) but not in the heading. Once the numbers are cleaned the unit would be lost; put it in the heading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters other systems may not show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values use characters that depend on the computer (機種依存文字): circled numbers ①, ㈱, ㍻, Roman numerals Ⅰ or half-width katakana ｶﾅ. Other systems may show them wrongly or sort them apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roman numerals are not changed by the suggested step; replace them by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates in 和暦 or as serial numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates are written in the Japanese era (令和3年4月1日, R3.4.1) without the western year, or as Excel serial numbers. Write dates in the western calendar (2021-04-01), or add it beside the era.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbols in a column of numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A column of numbers holds symbols such as “-”, “…” or “x” (none, secret, unknown). Software reads the column as text. Explain each symbol in a note, and keep it out of the numbers if you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formulas turned into values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenarai reads the value each formula last calculated, not the formula, so it cannot tell whether cells still hold formulas. Check in Excel (Formulas &gt; Show Formulas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pictures, shapes or text boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenarai does not read pictures, shapes, text boxes or comments. Look at the sheet in Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only units written inside cells are found. Whether each column of numbers says its unit in the heading is for you to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region codes or names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the table needs a region code or region name depends on what it describes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank rows inside the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank rows split the data. Software stops at the first blank row or counts it as a record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns with neither a heading nor data split the table or pad it. Remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one table on the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a blank row the headings appear again: a second table starts there. Put each table on its own sheet, or join them into one with a column that says which part a row belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Only %1 of the %2 rows were checked one by one (evenly spread); the count is for those rows.</source>
        <extracomment>Appended to a finding&apos;s explanation; starts with the space that separates it in English.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::DiagnosisPanel</name>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the table shown now, after the selected step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix with a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the step that fixes this; Undo removes it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1 against the national rules for machine-readable tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of its %2 rows were looked at one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a file to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use row %1 as the column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found against the national rules for machine-readable tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 (%n cell(s))</source>
        <translation>
            <numerusform>%1 %2 (%n cell)</numerusform>
            <numerusform>%1 %2 (%n cells)</numerusform>
        </translation>
    </message>
    <message>
        <source>Software reads the table wrongly because of this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readable, but every user has to clean this up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (not checked: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps find columns by their names, and these columns have none yet. Row %1 holds the headings: make them the column names first. Rows above it are dropped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::EditStepParametersCommand</name>
    <message>
        <source>Change “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::EnableStepCommand</name>
    <message>
        <source>Turn on “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::Error</name>
    <message>
        <source>row %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::Exercise</name>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required key %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key %1 is not used by an exercise of this kind and is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key %1 is not part of the exercise format and is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Japanese text is needed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number from 0 to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file path must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“sheetIndex” must be a whole number, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“compare” must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“numberTolerance” must be a number, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“keyColumns” must be a list of column names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“keyColumns” has more than %1 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each key column must be a column name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key column “%1” is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“keyColumns” is used only together with “ignoreRowOrder”: true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An option must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An option id may hold only a–z, 0–9 and “-”, and must start with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question id may hold only a–z, 0–9 and “-”, and must start with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown question type “%1”; use “single”, “multiple” or “ordering”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“options” must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question needs from 2 to %1 options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option id “%1” is used twice in this question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“correct” must be a list of option ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“correct” has more than %1 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each entry of “correct” must be an option id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option “%1” is listed twice in “correct”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question has no option “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single-choice question needs exactly one correct option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A multiple-choice question needs at least one correct option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ordering question must list every option once in “correct”, in the right order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“questions” must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quiz needs from 1 to %1 questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question id “%1” is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exercise id may hold only a–z, 0–9 and “-”, and must start with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown exercise kind “%1”; use “cleaning”, “form” or “quiz”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“hints” must be a list of texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exercise may have at most %1 hints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“wrongSolutions” must be a list of file paths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exercise may list at most %1 wrong solutions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“version” must be a whole number, 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file needs a newer Tenarai: it is written in format %1, and this version reads format %2 and older.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise file is larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Tenarai exercise (“format” must be “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::ExerciseChecker</name>
    <message>
        <source>the answer to exercise “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise “%1” is a %2 exercise, not a %3 exercise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 could not run: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item of the task is not met yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form meets every item of the task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 items met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not right yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 questions right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no sheet to make a form from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every item of the task is met, but the form has %n problem(s) to fix first.</source>
        <translation>
            <numerusform>Every item of the task is met, but the form has %n problem to fix first.</numerusform>
            <numerusform>Every item of the task is met, but the form has %n problems to fix first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenarai::FillDownStep</name>
    <message>
        <source>Fill down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::FilterRowsStep</name>
    <message>
        <source>Column to test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep rows where the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is greater than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is less than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers and dates compare as numbers and dates; not needed for “is empty”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“column” must name the column to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“value” must be the text or number to compare with (for empty cells, use “isEmpty”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“value” must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number, so it cannot be compared with %2; the row was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date, so it cannot be compared with %2; the row was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep matching rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::FolderPackSource</name>
    <message>
        <source>The pack folder cannot be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack folder has more than %1 files and folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry is a link (a symbolic link or junction); a pack may not contain links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry is not a regular file (a device, pipe or socket), which a pack may not contain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name differs from “%1” only in upper and lower case; the two would clash on Windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 bytes, more than the limit of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files of the pack are more than the limit of %1 bytes together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not in the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file now leads outside the pack folder or through a link; open the pack again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is no longer a regular file; open the pack again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file changed while it was being read; open the pack again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::Form</name>
    <message>
        <source>This must be text in double quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This must be a whole number from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This must be a date written as YYYY-MM-DD, for example 2024-04-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This must be an object { … }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id of the field the condition looks at is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The condition must be “hasValue”, “equals” or “notEquals”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field must be an object { … }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field has no “id” (text in double quotes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field has no “type” (text in double quotes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field type “%1”; the types are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choices must be a list [ … ] of texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field may have at most %1 choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A choice must be text in double quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-line text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice (one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices (several)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (no answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form&apos;s title is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form has no fields yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form has %1 fields; a form may have at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (id “%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field “%1” has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id of the field %1 may only hold the letters A–Z and a–z, digits, “_” and “-”, at most %2 of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 has the same id as an earlier field; each id must be different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 has no label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note %1 has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label of the field %1 is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 has no choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 has more than %2 choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 has an empty choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choice “%1” of the field %2 starts or ends with a space or holds a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 has the choice “%2” twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 has a minimum (%2) above its maximum (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 has a minimum length (%2) above its maximum length (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 has an earliest date (%2) after its latest date (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 asks for at least %2 choices but at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 asks for at least %2 choices but offers only %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern of the field %1 is not a valid regular expression: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default of the field %1 is not a valid answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 is shown depending on its own answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 is shown depending on a field “%2” that the form does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 is shown depending on the field “%2”, which comes after it; it must depend on an earlier field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 is shown depending on the note “%2”, which has no answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The condition of the field %1 has no value to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The condition of the field %1 must compare with “yes” or “no”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The condition of the field %1 compares with “%2”, which is not one of the choices of the field “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form is larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form is not valid JSON at byte %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form must be a JSON object { … }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Tenarai form (“format” must be “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“version” must be a whole number, 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This form is from a newer Tenarai (format version %1); this version reads format %2 and older. Update Tenarai to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“sections” must be a list [ … ] of sections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A form may have at most %1 sections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A section must be an object { … }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“fields” must be a list [ … ] of fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A form may have at most %1 fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form cannot be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::FormCollection</name>
    <message>
        <source>Some answers need fixing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the labels of fields that need fixing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form already holds %1 answers, the most one form can keep; export them and start a new form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer being edited is no longer in the form (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers can be exported as .xlsx or .csv only; choose a file name that ends in one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form file is larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form file is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form file must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Tenarai form with answers (“format” must be “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“version” must be a whole number, 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This form was saved by a newer version of Tenarai (format %1); this version reads format %2 and older. Update Tenarai to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“form” must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“submissions” must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds %1 answers; a form keeps at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“id” must be a text of 1 to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id “%1” is used by two answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“submittedAt” must be a date and time such as 2024-04-01T09:30:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“updatedAt” must be a date and time such as 2024-04-01T09:30:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“values” must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value must name its field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value must be an object with “kind” and “value”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of value “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text value must be a JSON string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number value must be a JSON number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A yes/no value must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date value must be a date such as 2024-04-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date-time value must be such as 2024-04-01T09:30:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A time value must be a whole number of milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An error value must be its code, such as #N/A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“draft” must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft answer must be a JSON string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“draftSubmissionId” must be a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft edits the answer “%1”, which is not in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form file cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form cannot be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::FormCommand</name>
    <message>
        <source>infer: the sheet to read, by name or position counted from 0. By default the first worksheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>infer: the row that holds the headings, counted from 1, instead of finding it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>infer: also write why each field got its type to standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>infer: write the form to this file instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check: compare the form with this rubric file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check: print JSON with stable English keys instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose a form from a spreadsheet, or check a form against a lesson&apos;s rubric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[options] infer IN | check FORM.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>infer IN: find the header of a table (.xlsx, .csv …), also below a title block or over two rows, and write a form with one field per column, its type, choices and required flag guessed from the values, as JSON.
check FORM.json: with --rubric, print PASS or FAIL per rubric item and what is missing; without, list what makes the form unusable. Exit status: 0 when all passes, 1 when something fails, 2 when a file cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>infer or check, and its file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do: infer IN or check FORM.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action “%1”; use infer or check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one table to infer a form from: infer IN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one form to check: check FORM.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 does not work with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--header-row takes a row number counted from 1, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of answers.</source>
        <translation>
            <numerusform>%n row of answers.</numerusform>
            <numerusform>%n rows of answers.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 “%2” (column %3): %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s).</source>
        <translation>
            <numerusform>%n problem.</numerusform>
            <numerusform>%n problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n rubric item(s) pass.</source>
        <translation>
            <numerusform>%1: %2 of %n rubric item passes.</numerusform>
            <numerusform>%1: %2 of %n rubric items pass.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenarai::FormDesigner</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections and fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a field to move it, also into another section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected field up (Alt+Shift+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected field down (Alt+Shift+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved answers are kept under this name; it does not change when the label does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One choice per line, in the order shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewest characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A regular expression that the whole answer must match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message when it does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewest choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is answered and is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: how the form looks to the person filling it in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems of the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a field on the left to change it, or add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(always shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: the form can be filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before the form can be used (click one to go to it):</source>
        <translation>
            <numerusform>%n problem to fix before the form can be used (click one to go to it):</numerusform>
            <numerusform>%n problems to fix before the form can be used (click one to go to it):</numerusform>
        </translation>
    </message>
    <message>
        <source>the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer that shows this field, as it would be typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer that shows this field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::FormExercisePanel</name>
    <message>
        <source>The exercise “%1” has no lesson pack to read its files from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make a form from the exercise&apos;s sheet “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no worksheet with cells to make a form from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create from the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exercise is open to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to select the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create from the &amp;Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose a form from the columns of the exercise&apos;s sheet; you can undo it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the form needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click Check to see what your form already has and what it still needs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::FormFieldListModel</name>
    <message>
        <source>Section %1 (no heading)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A section: drop fields here to move them into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::FormFillWidget</name>
    <message>
        <source>Type the postal code first, then choose “Fill in address”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address is known for the postal code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postal code %1 covers several prefectures; type the address yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (the postal code covers several towns, so only the common part is shown): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postal code covers several towns: “%1” was filled in; add the town and the rest of the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was filled in; add the block and building number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty every field and start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the answers before sending them (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check your answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a preview: nothing will be saved, and “Submit” only returns to the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to the form to change an answer (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changed answer (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the answer (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2024-04-01 or 令和6年4月1日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the address from the postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty every field of this answer? What you typed is not kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::FormInferrer</name>
    <message>
        <source>line breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there are no answers to read; the heading “%2” suggests it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there are no answers to read, so any text is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 answers are TRUE or FALSE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 answers are yes/no words (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 answers read as dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 answers are phone numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 answers are postal codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 answers are email addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 answers are whole numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 answers are numbers, some with decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: guessed from %2 different items in %3 answers, separated by %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: guessed from %2 different values in %3 answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: some answers have line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an answer is %2 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n different value(s) in %2 answers, with no one type or few choices.</source>
        <translation>
            <numerusform>%1: %n different value in %2 answers, with no one type or few choices.</numerusform>
            <numerusform>%1: %n different values in %2 answers, with no one type or few choices.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 answers have a phone number&apos;s digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 answers are postal codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 answers have an @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 answers read as dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answers are text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the heading “%2” suggests it, and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: the heading marks it with ※ or （必須）.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: all %1 rows have an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not required: %1 of %2 rows leave it blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not required: too few rows to tell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two columns are headed “%1”; the one in column %2 is called “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more column(s) repeat an earlier heading and got _2, _3 … the same way.</source>
        <translation>
            <numerusform>%n more column repeats an earlier heading and got _2, _3 … the same way.</numerusform>
            <numerusform>%n more columns repeat an earlier heading and got _2, _3 … the same way.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no answers below the header, so the types come from the headings&apos; words alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 of %2 rows were read to guess the types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) with neither a heading nor answers left out: %1.</source>
        <translation>
            <numerusform>%n column with neither a heading nor answers left out: %1.</numerusform>
            <numerusform>%n columns with neither a heading nor answers left out: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The table has %1 columns; only the first %2 became fields, as a form may have at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header has 1 or 2 rows, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet “%1” is empty, so there is nothing to make a form from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet “%1” has only %2 rows, so row %3 cannot be the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header is on rows %1 and %2: group headings above the column headings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header is on row %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row 1 above it is a title block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows 1–%1 above it are a title block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header row was given, not detected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::FormLibrary</name>
    <message>
        <source>The forms folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forms folder %1 already holds too many forms named “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::FormOpenDialog</name>
    <message>
        <source>Open a Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer is being typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no forms in “%1” yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forms in “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::FormRubric</name>
    <message>
        <source>“%1” must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a list of texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has more than %2 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each entry of “%1” must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a whole number, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a date written as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“min” is above “max”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“minLength” is above “maxLength”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“earliest” is after “latest”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“minChoices” is above “maxChoices”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item has no “id”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id “%1” is kept for the form title check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item has no “label”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A synonym must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field type “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field type “%1” holds no answer and cannot be asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“validation” must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“showWhen” must be the label of another item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rubric is larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rubric is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rubric must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Tenarai form rubric (“format” must be “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“version” must be a whole number, 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rubric was saved for a newer version of Tenarai (format %1); this version reads format %2 and older. Update Tenarai to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“items” must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rubric has more than %1 items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id “%1” is used by an earlier item too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other item has the label “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rubric cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::FormRubricChecker</name>
    <message>
        <source>Form title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form has no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form should not ask for 「%1」.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form has no field for 「%1」.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>「%1」 should be of the type %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>「%1」 should be one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>「%1」 should be required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>「%1」 should not be required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>「%1」 is missing %n choice(s).</source>
        <translation>
            <numerusform>「%1」 is missing %n choice.</numerusform>
            <numerusform>「%1」 is missing %n choices.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>「%1」 offers %n choice(s) that should not be there.</source>
        <translation>
            <numerusform>「%1」 offers %n choice that should not be there.</numerusform>
            <numerusform>「%1」 offers %n choices that should not be there.</numerusform>
        </translation>
    </message>
    <message>
        <source>「%1」 needs a lower limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>「%1」 needs a different lower limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>「%1」 needs an upper limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>「%1」 needs a different upper limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>「%1」 needs a minimum length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>「%1」 needs a different minimum length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>「%1」 needs a maximum length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>「%1」 needs a different maximum length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>「%1」 needs an earliest date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>「%1」 needs a different earliest date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>「%1」 needs a latest date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>「%1」 needs a different latest date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>「%1」 needs a smallest number of choices to pick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>「%1」 needs a different smallest number of choices to pick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>「%1」 needs a largest number of choices to pick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>「%1」 needs a different largest number of choices to pick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>「%1」 needs a pattern that its answers must match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>「%1」 should be shown only depending on the answer to 「%2」.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>「%1」 should depend on 「%2」, not on another field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::FormValidator</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter from %1 to %2 characters (now %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least %1 characters (now %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at most %1 characters (now %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number of %1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number of %1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number of %1 or less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number of %1 or less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is not in the expected form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number of at most 15 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be read as a date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a date from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a date on or after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a date on or before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one of the choices; “%1” is not one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one of the choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick from %1 to %2 choices (now %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick at least %1 choices (now %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick at most %1 choices (now %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer “%1” or “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a phone number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a postal code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an email address such as name@example.jp.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::FormsPage</name>
    <message>
        <source>Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the questions, their order and what counts as a valid answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type answers as the people asked would, and save each one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers saved so far: edit, delete or export them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the form&apos;s definition as a file, for another PC or for checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the answers as an Excel workbook or a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No form is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer %1 was updated and saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer %1 was saved. The form is ready for the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing answer %1: confirm to save the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer %1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form could not be saved; what you entered is kept while Tenarai stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a form from a spreadsheet, or open one, in the Forms menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s). Saved automatically in “%1”.</source>
        <translation>
            <numerusform>%n answer. Saved automatically in “%1”.</numerusform>
            <numerusform>%n answers. Saved automatically in “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>The form could not be exported to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form was exported to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form definition (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV UTF-8 (Excel) (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers were exported to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::InfoCommand</name>
    <message>
        <source>Print JSON with stable English keys instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe an XLSX or CSV file: format, encoding, sheets, sizes and merged ranges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[options] FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to describe: .xlsx, .xlsm, .csv, .tsv or .txt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: &quot;%2&quot;, %3, %4, %5 rows x %6 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>     merged ranges (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells per row (most common)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with another cell count</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  row %1: %n cell(s)</source>
        <translation>
            <numerusform>  row %1: %n cell</numerusform>
            <numerusform>  row %1: %n cells</numerusform>
        </translation>
    </message>
    <message>
        <source>  and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::LessonLibraryPage</name>
    <message numerus="yes">
        <source>About %n min</source>
        <translation>
            <numerusform>About %n min</numerusform>
            <numerusform>About %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 / %n lesson(s) completed</source>
        <translation>
            <numerusform>%1 / %n lesson completed</numerusform>
            <numerusform>%1 / %n lessons completed</numerusform>
        </translation>
    </message>
    <message>
        <source>This pack cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more problem(s))</source>
        <translation>
            <numerusform>%1 (and %n more problem)</numerusform>
            <numerusform>%1 (and %n more problems)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n lesson</numerusform>
            <numerusform>%n lessons</numerusform>
        </translation>
    </message>
    <message>
        <source>Not used: a newer version of this pack is in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pack cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenarai found these problems in %1. Show them to the pack&apos;s author or to your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) for the pack&apos;s author; the pack works.</source>
        <translation>
            <numerusform>%n warning for the pack&apos;s author; the pack works.</numerusform>
            <numerusform>%n warnings for the pack&apos;s author; the pack works.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n exercise</numerusform>
            <numerusform>%n exercises</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 exercises passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for lessons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lesson packs were found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s) ready</source>
        <translation>
            <numerusform>%n pack ready</numerusform>
            <numerusform>%n packs ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s) cannot be used</source>
        <translation>
            <numerusform>%n pack cannot be used</numerusform>
            <numerusform>%n packs cannot be used</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing matches the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) the search</source>
        <translation>
            <numerusform>%n match(es) the search</numerusform>
            <numerusform>%n match(es) the search</numerusform>
        </translation>
    </message>
    <message>
        <source>Your progress could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search lessons by title or description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for new or changed lesson packs in the folders again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lessons of this pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons of the selected pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected lesson (Enter in the list does the same)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::LessonRecorder</name>
    <message>
        <source>The pack “%1” has no lesson “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress store is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lesson of the pack “%1” contains the exercise “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::LessonView</name>
    <message>
        <source>The pack “%1” has no lesson “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pack was given for the lesson “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of this lesson could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A picture of this lesson could not be read from the pack: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This exercise could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise “%1” is missing from the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not right yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer was checked, but the result could not be saved: %1 Your work is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This exercise is not solved yet; the lesson is complete once it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson asks for a higher score: try an exercise again with fewer hints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the next hint; each hint lowers the score a little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more hints for this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages are not opened from lessons; this link goes to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link is not opened from the lesson: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the lesson library; your work on this exercise is not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your answer (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson and exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hints</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::LocalizedText</name>
    <message>
        <source>The text is %1 characters long, more than the limit of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is empty; write it at least in Japanese.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text must be a string, or an object with “ja” and optionally “en”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text has the language “%1”; only ja and en are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text has no “ja”; the Japanese text is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Japanese text must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Japanese text is empty; it is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The English text must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::MainWindow</name>
    <message>
        <source>There is not enough memory for this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected internal error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected internal error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a CSV or Excel file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the data as CSV or as an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Tenarai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a CSV or Excel file to look at its data.
You can also drop a file onto this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One tab for each sheet of the open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop (Esc); the open file stays as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with a different number of cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings about the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenarai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Tenarai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (chart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chart sheet: it holds a chart and no cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sheet is hidden in the workbook; Excel does not show it until it is unhidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells of sheet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a chart sheet; it holds no cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows × %2 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separated by “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (1904 dates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n merged range(s)</source>
        <translation>
            <numerusform>%n merged range</numerusform>
            <numerusform>%n merged ranges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n row(s) with a different number of cells</source>
        <translation>
            <numerusform>⚠ %n row with a different number of cells</numerusform>
            <numerusform>⚠ %n rows with a different number of cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>row %1: %n cell(s)</source>
        <translation>
            <numerusform>row %1: %n cell</numerusform>
            <numerusform>row %1: %n cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Most rows have %n cell(s). These do not:</source>
        <translation>
            <numerusform>Most rows have %n cell. These do not:</numerusform>
            <numerusform>Most rows have %n cells. These do not:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n warning(s)</source>
        <translation>
            <numerusform>⚠ %n warning</numerusform>
            <numerusform>⚠ %n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx *.xlsm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV UTF-8 (Excel) (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV Shift_JIS/CP932 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (exported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The translation for “%1” is not available; the interface stays in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait until the current task finishes, or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a chart sheet and holds no cells; choose a worksheet tab to save as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenarai %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands-on digital skills training, offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not created yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1; running on Qt %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Tenarai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean the &amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the current sheet step by step, with a preview of each step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cleaned table is not ready yet; wait for the preview to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See your lessons, scores, time spent and hints used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another learner who uses this PC, or create a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No progress database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress cannot be recorded on this PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profiles on this PC could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Progress is not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Progress can only be read: new results are not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress database “%1” cannot be written to. Ask your IT department to check the permissions of the file and its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress is saved in “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a profile in the Progress menu to save your progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Central database settings have a mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress is kept on this PC but not sent to the central database, because its settings cannot be used. Please tell your IT department: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central database: sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress is being sent to the central database “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central database: up to date (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress on this PC was last sent to the central database “%1” at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Central database not reachable: %n record(s) waiting; they will be sent later</source>
        <translation>
            <numerusform>Central database not reachable: %n record waiting; it will be sent later</numerusform>
            <numerusform>Central database not reachable: %n records waiting; they will be sent later</numerusform>
        </translation>
    </message>
    <message>
        <source>Central database not reachable: your progress is kept on this PC and will be sent later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;orms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty form and add its questions yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue with a form made earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Form from &amp;Spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose a form from the columns of a CSV or Excel file, such as a survey sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Form from &amp;This Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose a form from the columns of the sheet shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design the open form, fill it in and see its answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Form &amp;Definition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the form was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make a form from “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a Form from a Spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no worksheet with cells to make a form from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 to propose a form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposing a form from the sheet “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new form could not be saved in the forms folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A form with %n field(s) was proposed from “%1”. Each field says why; check them before use.</source>
        <translation>
            <numerusform>A form with %n field was proposed from “%1”. Each field says why; check them before use.</numerusform>
            <numerusform>A form with %n fields was proposed from “%1”. Each field says why; check them before use.</numerusform>
        </translation>
    </message>
    <message>
        <source>New form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the form “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson &amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a lesson to learn from, with exercises checked as you go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clean My Own File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice with a CSV or Excel file of your own: open it in the data-cleaning workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make a Form from My Own File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice with a CSV or Excel file of your own: propose a form from its columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the lesson “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean My Own File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::MapValuesStep</name>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values and what they become</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each line: a value as written in the table, and the value to write instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore full-width and half-width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ｱﾘ matches アリ, and ＡＢ matches AB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values not in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the cell empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave as they are and list them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“column” must be the name of one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“map” must list at least one value and what it becomes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“map”: the value for “%1” must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“map”: “%1” and “%2” are the same value written differently, but become different values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in the list of values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unify spelling variants</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::MergeColumnsStep</name>
    <message>
        <source>Columns to merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the order their text is joined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put between the values, such as a full-width space; may be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the merged column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out empty cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoids a separator at the end when a value is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“columns” names a column twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“columns” must list at least two columns to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“separator” must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“name” must be the name of the merged column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another column is already called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an error value; it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::MoveStepCommand</name>
    <message>
        <source>Move “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::MunicipalityDirectory</name>
    <message>
        <source>The municipality list is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality list must be a JSON object that maps each prefecture to its municipalities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality list must name between 1 and 47 prefectures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the name of a prefecture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipalities of %1 must be a list of names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality list names no municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality list cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality list is larger than %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in municipality list is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::NormalizeAmountsStep</name>
    <message>
        <source>Write as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (1000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts to numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::NormalizeBlockNumbersStep</name>
    <message>
        <source>Block numbers as 1-2-3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::NormalizeCommand</name>
    <message>
        <source>date: read Excel serial numbers in the 1904 date system (old Mac Excel) instead of the 1900 system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kana: write hiragana instead of katakana.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalise values read from stdin, one per line: width, kana, date, number, phone, postal, address, name-key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[options] KIND &lt; IN &gt; OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each input line gives one output line. A value that cannot be normalised gives an empty line and a message on stderr with its line number; the exit status is then 1. Blank lines stay blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  width     full-width letters and digits to half-width, half-width katakana to full-width, spaces trimmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  kana      hiragana and katakana to katakana (--hiragana: to hiragana)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  date      和暦, mixed spellings and Excel serial numbers to 2021-04-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  number    amounts such as 1,500円, ￥2,000, 3万 to plain numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  phone     Japanese phone numbers with hyphens: 03-1234-5678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  postal    postal codes: 123-4567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  address   prefecture, municipality and the rest, separated by tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  name-key  the key under which spellings of one name match (髙橋 = 高橋)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the values are: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one KIND.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown KIND &quot;%1&quot;; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date1904 applies to KIND date only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--hiragana applies to KIND kana only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read standard input: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 line(s) could not be normalised.</source>
        <translation>
            <numerusform>%n line of %1 could not be normalised.</numerusform>
            <numerusform>%n lines of %1 could not be normalised.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenarai::NormalizeDatesStep</name>
    <message>
        <source>Excel date numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How numbers such as 44287 are read as dates; files from old Mac Excel use 1904.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Excel (1900)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old Mac Excel (1904)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text 2021-04-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates to 2021-04-01 form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::NormalizePhoneStep</name>
    <message>
        <source>Phone numbers with hyphens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::NormalizePostalCodeStep</name>
    <message>
        <source>Postal codes as 123-4567</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::NormalizeWidthStep</name>
    <message>
        <source>Keep circled characters (①, ㈱)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When off, ① becomes 1 and ㈱ becomes (株).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep squared characters (㍻, ㎏)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When off, ㍻ becomes 平成 and ㎏ becomes kg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wave dash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make all 〜</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make all ～ (as in files saved by Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Except “Leave as written”, spaces before and after are removed and each run of spaces inside becomes one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-width space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-width space (as in 山田&#x3000;太郎)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One space of the width written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unify full-width and half-width</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::NumberNormalizer</name>
    <message>
        <source>The value is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has spaces between digits; it is not read as one amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an approximate amount (%2); it is reported, not guessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; means free of charge; it becomes 0 only when &quot;free counts as 0&quot; is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a range, not one amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The digit grouping in &quot;%1&quot; is not in thousands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The units in &quot;%1&quot; are out of order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kanji numeral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a fractional part; it is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large for a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::Pack</name>
    <message>
        <source>The file is not listed in the pack’s pack.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has changed since the pack was loaded; load the pack again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack has no lesson “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no sheet “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no sheet number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no worksheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table is empty: its first row must hold the column names.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::PackBuilder</name>
    <message>
        <source>This is not a pack folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack folder has no pack.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack.json is not valid JSON at line %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack.json must hold a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive cannot be created (error %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive cannot be written (error %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack.json cannot be written: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive must be written outside the pack folder it is built from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The pack has %n error(s), so no archive was written; the first: %1</source>
        <translation>
            <numerusform>The pack has %n error, so no archive was written; the first: %1</numerusform>
            <numerusform>The pack has %n errors, so no archive was written; the first: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The pack cannot be loaded, so no archive was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive cannot be written: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::PackCommand</name>
    <message>
        <source>validate: print JSON with stable English keys instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check, hash, build or test a lesson pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate PATH [--json] | hash DIR | build DIR OUT | test PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate PATH: load a pack folder or .tenarai-pack archive as Tenarai does and list its lessons, warnings and errors, each with its file and field.
hash DIR: write the SHA-256 of every file of the pack folder into its pack.json.
build DIR OUT: write the valid pack folder DIR as the archive OUT (.tenarai-pack), with a complete list of hashes.
test PATH: check every exercise with the real checker: its reference solution must pass, each wrong solution must fail, the starting state must not pass, and there must be a hint.
Exit status: 0 when all is well (warnings allowed), 1 when the pack has errors or an exercise fails its tests, 2 when the command line is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate, hash, build or test, and its paths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do: validate, hash, build or test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json works with validate only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one pack folder: hash DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one pack folder or archive: %1 PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file or folder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a folder; hash works on a pack folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the pack folder and the archive to write: build DIR OUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a pack folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action “%1”; use validate, hash, build or test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack %1, version %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s):</source>
        <translation>
            <numerusform>%n lesson:</numerusform>
            <numerusform>%n lessons:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2: %n exercise(s)</source>
        <translation>
            <numerusform>%1 — %2: %n exercise</numerusform>
            <numerusform>%1 — %2: %n exercises</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: valid, %n warning(s).</source>
        <translation>
            <numerusform>%1: valid, %n warning.</numerusform>
            <numerusform>%1: valid, %n warnings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: not valid, %n error(s)</source>
        <translation>
            <numerusform>%1: not valid, %n error</numerusform>
            <numerusform>%1: not valid, %n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n warning(s).</source>
        <translation>
            <numerusform> and %n warning.</numerusform>
            <numerusform> and %n warnings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the SHA-256 of %n file(s) into %1.</source>
        <translation>
            <numerusform>Wrote the SHA-256 of %n file into %1.</numerusform>
            <numerusform>Wrote the SHA-256 of %n files into %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Built %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the pack is not valid, so its exercises were not tested; run “%2 pack validate” for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n exercise(s) pass every test.</source>
        <translation>
            <numerusform>%1: %2 of %n exercise pass every test.</numerusform>
            <numerusform>%1: %2 of %n exercises pass every test.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenarai::PackLibrary</name>
    <message>
        <source>The pack folder “%1” cannot be found or read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::PackLoader</name>
    <message>
        <source>The file must hold a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack has no pack.json; a pack folder or archive must hold it at its top level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack needs Tenarai %1 or newer; this is Tenarai %2. Update Tenarai to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” is listed but is not in the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file’s SHA-256 does not match pack.json (the file changed after the hashes were written); run “tenarai-cli pack hash” again, or restore the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is in the pack but not listed in pack.json’s “files”; list it with its SHA-256 or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” is not listed in pack.json’s “files”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” is not in the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson has no English text; English users see the Japanese one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is not valid UTF-8 (save it as UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text names the web address “%1”; learners may be offline, so do not rely on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text contains raw HTML (%1), which lessons do not show as written; use Markdown instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image “%1” is on the internet; a pack must work offline, so put the image in the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link “%1” points to the internet; a pack must work offline, so link only to files of the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image “%1” is not a file of the pack; write a path relative to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link “%1” is not to a file of the pack; write a path relative to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image “%1” is outside the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link “%1” leads outside the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path “%1” cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image “%1” is not in the pack (looked for “%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link “%1” names a file that is not in the pack (looked for “%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise’s id “%1” differs from “%2”, its id in pack.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise has no reference solution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise needs this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target table has no column “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quiz has no question “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question has no option “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pack was given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::PackManifest</name>
    <message>
        <source>The key %1 is not part of the pack format and is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required key %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a Japanese text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“estimatedMinutes” must be a whole number from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file path must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack.json cannot be named as one of the pack&apos;s files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lesson must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lesson id may hold only a–z, 0–9 and “-”, and must start with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“text” must be an object naming the Markdown file of each language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“exercises” must be a list of exercise ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lesson may have at most %1 exercises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each entry of “exercises” must be an exercise id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise “%1” is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson has no exercises, so a learner can never complete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“minimumScore” must be a number from 0 to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“completion” must be “allExercises” or an object such as {&quot;minimumScore&quot;: 0.8}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exercise entry must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exercise id may hold only a–z, 0–9 and “-”, and must start with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pack id may hold only a–z, 0–9, “.”, “_” and “-”, and must start with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“packVersion” must be numbers separated by dots, such as “1.0.0”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“minAppVersion” must be numbers separated by dots, such as “0.1.0”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“authors” must be a list of names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“authors” has more than %1 names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each author must be a name as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“lessons” must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pack needs at least one lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pack may have at most %1 lessons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson id “%1” is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“exercises” must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pack may have at most %1 exercises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise id “%1” is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” is named by two exercises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“files” must be an object from each file&apos;s path to its SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“files” lists more than %1 files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file&apos;s hash must be its SHA-256 as 64 lower-case hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise “%1” is not listed in “exercises”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise “%1” is already part of the lesson “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise “%1” is not part of any lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest is larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Tenarai pack manifest (“format” must be “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“version” must be a whole number, 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pack needs a newer Tenarai: it is written in pack format %1, and this version reads format %2 and older.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::PackSource</name>
    <message>
        <source>The pack cannot be found: the path does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path is neither a pack folder nor a .tenarai-pack archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is %1 bytes, more than the limit of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is neither a pack folder nor a .tenarai-pack archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path is longer than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path is not valid UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path contains a backslash; use &apos;/&apos; between folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path is absolute; it must be relative to the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path starts with a drive letter; it must be relative to the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path contains &apos;:&apos;, which Windows does not allow in file names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path has an empty folder name (&apos;//&apos; or a trailing &apos;/&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path contains a &apos;%1&apos; segment; it must stay inside the pack.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::PackTester</name>
    <message>
        <source>no summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise %1 names no reference solution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference solution %1 of exercise %2 cannot be read: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference solution %1 of exercise %2 cannot be checked: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference solution %1 of exercise %2 does not pass: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference solution %1 of exercise %2 passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong solution %1 of exercise %2 cannot be read: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong solution %1 of exercise %2 cannot be checked: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong solution %1 of exercise %2 passes, so the checker would accept this mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong solution %1 of exercise %2 is rejected: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start form (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start form %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quiz without answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of exercise %2 cannot be checked: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of exercise %2 already passes, so the learner has nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of exercise %2 does not pass yet: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise %1 has no hint; give it at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exercise %1 has %n hint(s).</source>
        <translation>
            <numerusform>Exercise %1 has %n hint.</numerusform>
            <numerusform>Exercise %1 has %n hints.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenarai::PhoneNormalizer</name>
    <message>
        <source>The phone number contains &quot;%1&quot;, which is not part of a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number contains no digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The number has %n digit(s); Japanese numbers have 10 or 11.</source>
        <translation>
            <numerusform>The number has %n digit; Japanese numbers have 10 or 11.</numerusform>
            <numerusform>The number has %n digits; Japanese numbers have 10 or 11.</numerusform>
        </translation>
    </message>
    <message>
        <source>The number is not a valid phone number for its country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is not a valid Japanese phone number: no number in use in Japan starts with these digits or has this length.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::PivotStep</name>
    <message>
        <source>Column with the new column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column with the values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a cell gets several values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the first (report the others)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add them up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“attribute” must name the column whose values become column names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“value” must name the column with the values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“attribute” and “value” must be different columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row has no “%1”, so its value “%2” has no column; it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value “%1” would become a column, but another column is already called that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has more than %2 different values; that many columns cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result would have %1 rows and %2 columns, more than Tenarai can hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another value for “%1” in the same row: “%2” was kept, “%3” left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number; it was left out of the sum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn rows into columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::PostalAddressDirectory</name>
    <message>
        <source>Address auto-fill is not available: no postal-code table is installed (IT can put one at %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postal-code table cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postal-code table is larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postal-code table cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postal-code table is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a postal-code table: the first line is neither a row of Japan Post&apos;s KEN_ALL.CSV nor a header with the columns code, prefecture, city and town.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postal-code table&apos;s header lacks the column(s) %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The postal-code table has no row with a readable postal code and address (%n row(s) skipped).</source>
        <translation>
            <numerusform>The postal-code table has no row with a readable postal code and address (%n row skipped).</numerusform>
            <numerusform>The postal-code table has no row with a readable postal code and address (%n rows skipped).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenarai::PostalCodeNormalizer</name>
    <message>
        <source>The postal code has more than 7 digits; Japanese postal codes have 7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postal code contains &quot;%1&quot;; it should hold 7 digits and one hyphen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The postal code has %n digit(s); Japanese postal codes have 7 (123-4567).</source>
        <translation>
            <numerusform>The postal code has %n digit; Japanese postal codes have 7 (123-4567).</numerusform>
            <numerusform>The postal code has %n digits; Japanese postal codes have 7 (123-4567).</numerusform>
        </translation>
    </message>
    <message>
        <source>The hyphen is in the wrong place; Japanese postal codes are written 123-4567.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::PreviewTableModel</name>
    <message>
        <source>Changed by this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (changed by this step)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::ProfilePickerDialog</name>
    <message>
        <source>The list of profiles could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your name to create a profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already in the list and is now selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile “%1” could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who Is Learning?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your name so that your progress is kept apart from that of others who use this PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles on this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has a profile on this PC yet. Enter your name below to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress on this PC can only be read just now, so no profile can be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is needed. Everyone who uses this PC can see the names in this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use This Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::ProgressBundle</name>
    <message>
        <source>its record belongs to another learner than the event says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB, more than any progress bundle; it is not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty; it is not a progress bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends too early (at byte %1): it is incomplete, perhaps copied before the copy had finished. Export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a progress bundle, or it is damaged: %1 at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a progress bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a progress bundle (it does not say “format”: “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s format version is missing or not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle was made by a newer version of Tenarai (format version %1; this one reads %2). Update Tenarai on this PC to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle has no “content” or no “digest”: it is damaged or was edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle was not made with this organisation&apos;s key, which this PC requires. Export it again on a PC that has the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle was made with an organisation key, and this PC has none configured to check it with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s digest algorithm “%1” is not one Tenarai knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s contents do not match its digest: the file was changed or damaged after it was exported. It is refused; export it again from the original PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s “%1” is not a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle does not say whose progress it holds (“%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle has no list of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds %1 records, more than the %2 a bundle may hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it belongs to another learner than the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 of %2 is not valid: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be opened: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle cannot be written: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation key file cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation key file is larger than %1 bytes; it should hold one line of random characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation key file holds %1 characters; at least %2 random characters are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no learner with the id “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::ProgressDashboard</name>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under 1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress cannot be recorded on this PC just now. Lessons still work, but results are not saved.

%1

If this stays so, show this message to your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your profile to see your progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress could not be read.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is recorded for “%1” yet.

Open a lesson, do an exercise and press Check: your scores, the time you spent and the hints you used will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons completed: %1 of %2 started · Attempts: %3, passed: %4 · Time spent: %5 · Hints used: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started, not completed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hints used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save My Progress as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save My Progress for a Learning Record Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xAPI statements (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a SCORM Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCORM summary as CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCORM summary as JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1” in the folder %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All My Records in One File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenarai records (*.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your records could not be saved to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved your records in “%1” in the folder %2. On another PC, open “My progress” and choose “Add Records from a File”. The file holds your name: keep it like any personal document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Records from a File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records in “%1” could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new in “%1”: these records are already here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n new record(s) to your progress.</source>
        <translation>
            <numerusform>Added %n new record to your progress.</numerusform>
            <numerusform>Added %n new records to your progress.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n record(s) of “%1”. Choose that profile to see them.</source>
        <translation>
            <numerusform>Added %n record of “%1”. Choose that profile to see it.</numerusform>
            <numerusform>Added %n records of “%1”. Choose that profile to see them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n record(s) of “%1”. To see them, choose that profile with “Switch Profile”.</source>
        <translation>
            <numerusform>Added %n record of “%1”. To see it, choose that profile with “Switch Profile”.</numerusform>
            <numerusform>Added %n records of “%1”. To see them, choose that profile with “Switch Profile”.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Switch Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another learner who uses this PC, or create a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to what you were doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose a Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd Records from a File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring your progress from another PC, saved there with “Save All My Records in One File”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons completed per pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spent per lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hints used per lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your progress as a file, for example to hand in as a record of your training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anonymise: leave out my name and department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name is replaced by a code that stays the same in every report from this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A table of your lessons that opens in Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;xAPI…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a learning record store (LRS), if your organisation uses one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a SC&amp;ORM Summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a learning management system (LMS) that imports SCORM results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move my records to another PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save all your records in one file, then add them on another PC. Adding the same file twice does no harm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All My &amp;Records in One File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::ProgressRecords</name>
    <message>
        <source>is not an identifier (UUID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a date and time (ISO 8601)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a whole number from 0 to 1000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the %1 record, the field “%2” %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workshop session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::ProgressReporter</name>
    <message>
        <source>%1 %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::ProgressStore</name>
    <message>
        <source>The progress database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress database can only be read, so nothing was recorded. Ask IT to make the file and its folder writable for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress database is locked by another program and stayed locked for %1 seconds. Close other windows of Tenarai (or the program using the file) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk that holds the progress database is full, so nothing was recorded. Free some space on it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress database is damaged or is not a Tenarai progress database. It was left as it is; ask IT to restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress database cannot be opened. Check that its folder exists and that you may read and write in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress database could not be read or written (%1). Check the disk or network drive it is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central progress database is out of disk space, so nothing was recorded. Tell IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central progress database is busy (locked). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress database reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is not installed, so progress cannot be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed, so the central progress database cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the central progress database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database holds other data and is not a Tenarai progress database. It was left as it is; choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress database does not say which version it is, so it was left as it is. Ask IT to restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress database was written by a newer version of Tenarai (database version %1, this Tenarai reads up to %2). Update Tenarai; the database was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress database is damaged (%1). It was left as it is; ask IT to restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress database needs updating for this version of Tenarai, but it can only be read. Ask IT to make the file and its folder writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress database could not be updated to version %1 and was left at version %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event “%1” cannot be recorded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names profile “%1” but its record belongs to another profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file was given for the progress database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” for the progress database cannot be created. Check that you may write there, or choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a progress database file; name a file inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress database cannot be created because the folder “%1” is read-only. Ask IT to make it writable, or choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not read the progress database. Ask IT to give you access to the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile “%1” to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central progress database is backed up with PostgreSQL&apos;s own tools (pg_dump).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file already exists. Choose a new name for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written. Check that you may write in that folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::PromoteHeadersStep</name>
    <message numerus="yes">
        <source>The table has only %n row(s).</source>
        <translation>
            <numerusform>The table has only %n row.</numerusform>
            <numerusform>The table has only %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use a row as column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“row” must be a whole number, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row with the headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 is the first row of the table.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::Pseudonymiser</name>
    <message>
        <source>The pseudonym salt file cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pseudonym salt file is larger than %1 bytes; it should hold one line of random characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pseudonym salt file holds %1 characters; at least %2 random characters are needed so that pseudonyms cannot be guessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pseudonym salt file cannot be created: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::QuizAnswers</name>
    <message>
        <source>The answers file is larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Tenarai quiz answers file (“format” must be “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required key %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“answers” must be an object from question ids to lists of option ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“answers” has more than %1 questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a question id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to a question must be a list of option ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer has more than %1 options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each chosen option must be an option id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option “%1” is chosen twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::QuizPanel</name>
    <message>
        <source>✓ Right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Not right yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quiz has no questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items to put in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag the items into the right order, or select one and press Ctrl+Up or Ctrl+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected item one place up (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected item one place down (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::Recipe</name>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipe is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipe must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recipe was saved by a newer version of Tenarai (format %1); this version reads format %2 and older. Update Tenarai to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“import” must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“steps” must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step has no “type”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown step type “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“parameters” must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipe cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipe is larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipe cannot be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Tenarai recipe (“format” must be “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“version” must be a whole number, 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::RecipeRunner</name>
    <message>
        <source>step “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough memory for this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected internal error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::RemoveBlankColumnsStep</name>
    <message>
        <source>Remove blank columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::RemoveBlankRowsStep</name>
    <message>
        <source>Remove blank rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::RemoveColumnsStep</name>
    <message>
        <source>Remove columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::RemoveDuplicatesStep</name>
    <message>
        <source>Columns that must match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names match in spite of spacing, width and variant kanji (髙橋 = 高橋).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore full-width, half-width and extra spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“nameKeyColumns” must list column names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove duplicate rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::RemoveStepCommand</name>
    <message>
        <source>Remove “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::RemoveTopRowsStep</name>
    <message>
        <source>Remove top rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“count” must be a whole number, 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::RenameColumnsStep</name>
    <message>
        <source>New names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each column to rename: its current name and its new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“names” must give at least one column and its new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“names” must name the columns to rename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“names” must give a new name for the column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“names” gives two columns the same new name “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another column is already called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::ReorderColumnsStep</name>
    <message>
        <source>Columns to put first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other columns follow in their present order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“columns” names a column twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::ReplaceRecipeCommand</name>
    <message>
        <source>Open recipe “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::ReplaceTextStep</name>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to delete the text found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only whole values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace only cells whose whole value is the text, not text inside longer values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore full-width and half-width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also find the text written in full-width or half-width characters (ｶﾌﾞ finds カブ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“find” must be the text to look for; it cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“replace” must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“find” must be the text to look for; it cannot be only spaces when whole values are compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::ReportCommand</name>
    <message>
        <source>csv (default: a table for Excel), xapi (xAPI 1.0.3 statements as JSON, one per attempt), scorm (SCORM 1.2 lesson status and score per learner and lesson, as CSV) or scorm-json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV only: one row per lesson (default), pack, learner or attempt: lessons, packs, learners or attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this learner: a name or a profile id. By default every learner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace learners&apos; names and ids with pseudonyms (受講者-…) that stay the same from one export to the next. Departments are kept unless --no-department is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --anonymise: the file whose secret decides the pseudonyms. Give every PC the same file for the same pseudonyms everywhere. By default a file beside the database, created on first use; required with --central.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --anonymise: leave departments out too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xAPI: the absolute address activity ids start with. By default https://tenarai.invalid/xapi/activities/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xAPI: the homePage of learners&apos; accounts (an absolute address). By default https://tenarai.invalid/learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to this file instead of the standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report learners&apos; progress as CSV, xAPI statements or a SCORM 1.2 summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--db PATH | --central] [--format csv|xapi|scorm|scorm-json] [--anonymise] [--output FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“report” takes no file arguments; use --output to name the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a report format; use csv, xapi, scorm or scorm-json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a level; use lessons, packs, learners or attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--level applies to the csv format only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pseudonym-salt and --no-department go with --anonymise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An anonymised report of the central database needs the organisation&apos;s --pseudonym-salt file, so that pseudonyms match on every PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report cannot be written: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::ReportExporter</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 “%2” is not an absolute address such as “https://lms.example.lg.jp/xapi/”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises attempted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best score (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last score (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spent (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hints used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons attempted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average best score (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account home page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::SheetSelector</name>
    <message>
        <source>There is no sheet named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>There is no sheet %1; sheets are counted from 0 and this file has %n sheet(s).</source>
        <translation>
            <numerusform>There is no sheet %1; sheets are counted from 0 and this file has %n sheet.</numerusform>
            <numerusform>There is no sheet %1; sheets are counted from 0 and this file has %n sheets.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheet %1 (&quot;%2&quot;) is a chart sheet and holds no cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no worksheet to convert.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::SortRowsStep</name>
    <message>
        <source>Sort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first column decides; the next ones break ties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“ja” sorts kana in 五十音 order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“keys” must list at least one column to sort by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each of “keys” must give a “column” to sort by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“descending” in “keys” must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“locale” must be a language code such as “ja”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“locale”: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::SplitAddressStep</name>
    <message>
        <source>Address column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three names: prefecture, city, and the rest of the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“column” must name the address column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“names” must list three column names: prefecture, city and the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“names” must list three different column names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table already has a column with this name; choose other names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split addresses into prefecture, city and the rest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::SplitColumnStep</name>
    <message>
        <source>Column to split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text between the parts, such as 、 or a full-width space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for 住所.1, 住所.2 and so on after the column&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last part keeps the rest of the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“column” must name the column to split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“delimiter” must be the text between the parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“positions” must list at least one character position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“positions” must be whole numbers from 1, each larger than the one before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“positions” must make at most %1 parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“names” must list the new column names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“names” lists “%1” twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“maxParts” must be a whole number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“maxParts” must equal the number of “names”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Splitting at “%1” would make more than %2 columns; set “maxParts”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another column is already called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an error value; it was not split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split a column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where each part ends, counted in characters: 3, 7 gives characters 1–3, 4–7 and 8 to the end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::Step</name>
    <message>
        <source>step “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step “%1”, column “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table has no column with this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“columns” must list at least one column name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“columns” must list column names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for every column.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::StepListModel</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (turned off: the recipe skips this step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this step could not run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n replacement(s)</source>
        <translation>
            <numerusform>%n replacement</numerusform>
            <numerusform>%n replacements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (largest first)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::StepParameterEditor</name>
    <message>
        <source>Step settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a step in the list to see and change its settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step has no settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table has no named columns yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One value per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is listed twice under “Written as”; keep one row for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers separated by commas, for example 3, 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a sort column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::StoreArguments</name>
    <message>
        <source>The progress database (a .sqlite file). By default this user&apos;s own: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the organisation&apos;s central progress database that IT configured for this PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --db or --central, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs the path of a progress database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no progress database here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No progress has been recorded for this user on this PC yet; give another database with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC has no central progress database configured; IT sets it in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no learner “%1” in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) are called “%1”; give the id of one: %2.</source>
        <translation>
            <numerusform>%n learner is called “%1”; give its id: %2.</numerusform>
            <numerusform>%n learners are called “%1”; give the id of one: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenarai::SubmissionsView</name>
    <message>
        <source>Delete Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete answer %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete answer %1 (“%2”)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is removed from the table; this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no answers to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers could not be exported to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected answer in the form to change it (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the answers as an Excel workbook or a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::SubmitCommand</name>
    <message>
        <source>The pack folder or .tenarai-pack archive the exercise belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise&apos;s id in the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer: a recipe (cleaning), a form (form) or quiz answers (quiz) as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the attempt for this learner: a name or a profile id. Without it nothing is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many hints the learner opened; each lowers the recorded score. Default 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no answer file here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer file is larger than %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer file cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check an answer to a lesson exercise and record the attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pack PATH --exercise ID --answer FILE [--hints N] [--profile NAME [--db PATH]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the answer with the exercise&apos;s real checker and prints PASS or FAIL with what the learner would be told; the expected values are never shown. With --profile the attempt is recorded in the progress database as the app records it.
Exit status: 0 when the answer passes, 1 when it does not, 2 when the command line is wrong or the pack, the answer or the database cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“submit” takes no file arguments; name the answer with --answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db goes with --profile: name the learner whose attempt to record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--hints takes a count from 0, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no pack “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the pack is not valid; run “%2 pack validate” for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack %1 has no exercise “%2”; its exercises are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>--hints is %1, but exercise %2 has %n hint(s).</source>
        <translation>
            <numerusform>--hints is %1, but exercise %2 has %n hint.</numerusform>
            <numerusform>--hints is %1, but exercise %2 has %n hints.</numerusform>
        </translation>
    </message>
    <message>
        <source>Learners create their profile when they first start Tenarai; a profile from another PC comes with “%1 bundle import”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded the attempt of %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson %1 is now completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Score: %1% (%2% before %n hint(s)).</source>
        <translation>
            <numerusform>Score: %1% (%2% before %n hint).</numerusform>
            <numerusform>Score: %1% (%2% before %n hints).</numerusform>
        </translation>
    </message>
    <message>
        <source>Score: %1%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more wrong cell(s).</source>
        <translation>
            <numerusform>… and %n more wrong cell.</numerusform>
            <numerusform>… and %n more wrong cells.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1, column “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::TableChecker</name>
    <message>
        <source>This cell has extra spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cell should be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cell should not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number is stored as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a different number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is written in a different form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a different date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-width and half-width characters differ from what is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>joins two parts of a summary line</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 of the target is missing from the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The heading of this column differs from the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column is not in the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target has no row with the key of this row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row repeats the key of an earlier row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row does not match any row of the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row is not in the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the target are missing from the result.</source>
        <translation>
            <numerusform>%n row of the target are missing from the result.</numerusform>
            <numerusform>%n rows of the target are missing from the result.</numerusform>
        </translation>
    </message>
    <message>
        <source>The table matches the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) left</source>
        <translation>
            <numerusform>%n cell left</numerusform>
            <numerusform>%n cells left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) missing</source>
        <translation>
            <numerusform>%n row missing</numerusform>
            <numerusform>%n rows missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not in the target</source>
        <translation>
            <numerusform>%n row not in the target</numerusform>
            <numerusform>%n rows not in the target</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) missing</source>
        <translation>
            <numerusform>%n column missing</numerusform>
            <numerusform>%n columns missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) not in the target</source>
        <translation>
            <numerusform>%n column not in the target</numerusform>
            <numerusform>%n columns not in the target</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n heading(s) differ</source>
        <translation>
            <numerusform>%n heading differ</numerusform>
            <numerusform>%n headings differ</numerusform>
        </translation>
    </message>
    <message>
        <source>The postal code is written in a different form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number is written in a different form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::TableIO</name>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sheet %1 to write.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::TableModel</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time or duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::TrimStep</name>
    <message>
        <source>“collapse” must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove spaces before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also collapse spaces inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs of spaces, tabs and line breaks inside a value become one space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space to leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written (full-width stays full-width)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-width space (as in 山田&#x3000;太郎)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-width space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“space” must be “asWritten”, “ideographic” or “ascii”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::UnpivotStep</name>
    <message>
        <source>Columns to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every other column becomes rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name for the column of headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name for the column of values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out empty cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“keep” must list column names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“keep” names a column twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“attributeName” must be the name of the new column of headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“valueName” must be the name of the new column of values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“attributeName” and “valueName” must differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kept column is already called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every column is kept, so there is no column to turn into rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn columns into rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::XlsxPackage</name>
    <message>
        <source>The workbook is password protected. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an Excel 97-2003 workbook (.xls) or another OLE file, not an XLSX workbook. Save it as .xlsx in Excel first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XLSX file is damaged or incomplete: its ZIP directory cannot be read (was the file truncated while copying?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an XLSX workbook (not a ZIP archive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than the limit of %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An XLSX workbook must be read from a seekable device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive has %1 entries, more than the limit of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive has more entries than the limit of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XLSX file is damaged: its ZIP directory is unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XLSX file is damaged: its ZIP directory is unreadable (error %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part is missing from the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part is encrypted with a ZIP password, which XLSX files never use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part inflates to %1 bytes, more than the limit of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part cannot be found in the ZIP directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part cannot be opened: the archive is damaged (error %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part lists too many relationships.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::XlsxPartDevice</name>
    <message>
        <source>The part cannot be inflated: the archive is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part inflates to more than the limit of %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook inflates to more than the limit of %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part inflates more than %1 times its compressed size, as a compression bomb does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part is damaged: its checksum does not match (error %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::XlsxReader</name>
    <message>
        <source>The workbook part named by _rels/.rels is missing from the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not say where its workbook is (_rels/.rels); xl/workbook.xml was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s list of parts (_rels/.rels) is damaged (%1); xl/workbook.xml was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ZIP archive is not an XLSX workbook: it has no workbook part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part is not a workbook: its root element is &lt;%1&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook lists too many sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has too many cell formats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has more than the limit of %1 shared strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook&apos;s relationships are missing, so its sheets cannot be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared strings part is missing from the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; has no part in the archive (relationship &quot;%2&quot; is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part of sheet &quot;%1&quot; is missing from the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::XlsxSheetParser</name>
    <message>
        <source>The sheet has a value in column %1, beyond the limit of %2 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value at %1 makes the sheet a grid of %2 rows by %3 columns; with the other sheets that is more than the limit of %4 cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part is not a worksheet: its root element is &lt;%1&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet has too many merged ranges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row has the invalid number &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet has more than %1 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cell has the invalid reference &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row has more than 16384 cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cell refers to shared string %1, but the table has %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::XlsxWriter</name>
    <message>
        <source>The sheet has %1 rows; an Excel worksheet holds at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet has %1 columns; an Excel worksheet holds at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merged range %1 lies outside an Excel worksheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be created in its folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be created (error %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be written (error %1); is the disk full?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is longer than the 32,767 characters an Excel cell can hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finished file cannot be moved into place: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::XlsxXml</name>
    <message>
        <source>The XML has a tag or a text too large to read (line %1, column %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML is not encoded in UTF-8 (%1), which Excel always uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML ends too early (line %1, column %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML is malformed at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part contains a document type declaration (DTD), which XLSX files never need; it is refused because it can hide entity-expansion attacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text is longer than the limit of %1 characters per cell.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tenarai::workshop::FrameCodec</name>
    <message>
        <source>message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection already sent an invalid message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is %1 bytes long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
