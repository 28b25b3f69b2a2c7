<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>main</name>
    <message>
        <source>Cannot save the picture %1.</source>
        <translation>画像「%1」を保存できません。</translation>
    </message>
</context>
<context>
    <name>tenarai::AddStepCommand</name>
    <message>
        <source>Add “%1”</source>
        <translation>「%1」を追加</translation>
    </message>
</context>
<context>
    <name>tenarai::AddressSplitter</name>
    <message>
        <source>The address does not start with a prefecture or a municipality that Tenarai knows: &quot;%1&quot;.</source>
        <translation>住所の先頭が、Tenaraiに登録されている都道府県名・市区町村名のどれにも当てはまりません:「%1」</translation>
    </message>
    <message>
        <source>%1 could be %2; add the district (郡).</source>
        <translation>「%1」は%2のいずれかの可能性があります。郡名も書いてください。</translation>
    </message>
    <message>
        <source>%1 exists in %2; add the prefecture.</source>
        <translation>「%1」は%2にあります。都道府県名も書いてください。</translation>
    </message>
    <message>
        <source>No municipality of %1 starts with &quot;%2&quot;; check the spelling, or the municipality list may be out of date.</source>
        <translation>%1に「%2」で始まる市区町村はありません。表記を確認してください。市区町村の一覧が古い可能性もあります。</translation>
    </message>
</context>
<context>
    <name>tenarai::ArchivePackSource</name>
    <message>
        <source>The archive cannot be opened: %1</source>
        <translation>アーカイブを開けません: %1</translation>
    </message>
    <message>
        <source>The archive is %1 bytes, more than the limit of %2.</source>
        <translation>アーカイブが%1バイトあり、上限の%2バイトを超えています。</translation>
    </message>
    <message>
        <source>The archive is empty: it holds no files.</source>
        <translation>アーカイブが空です。ファイルが1つも入っていません。</translation>
    </message>
    <message>
        <source>The file is neither a pack folder nor a .tenarai-pack archive.</source>
        <translation>このファイルは、パックのフォルダーでも .tenarai-pack アーカイブでもありません。</translation>
    </message>
    <message>
        <source>The archive is damaged or incomplete: its ZIP directory cannot be read (was it truncated while copying?).</source>
        <translation>アーカイブが壊れているか、不完全です。ZIPのディレクトリを読み取れません（コピーの途中でファイルが切れた可能性があります）。</translation>
    </message>
    <message>
        <source>The archive has %1 entries, more than the limit of %2.</source>
        <translation>アーカイブに%1個のエントリがあり、上限の%2個を超えています。</translation>
    </message>
    <message>
        <source>The archive has more entries than the limit of %1.</source>
        <translation>アーカイブのエントリ数が上限の%1個を超えています。</translation>
    </message>
    <message>
        <source>The archive is damaged: its ZIP directory is unreadable.</source>
        <translation>アーカイブが壊れています。ZIPのディレクトリを読み取れません。</translation>
    </message>
    <message>
        <source>The entry is a symbolic link, which a pack may not contain.</source>
        <translation>このエントリはシンボリックリンクです。パックにシンボリックリンクを含めることはできません。</translation>
    </message>
    <message>
        <source>The entry is encrypted with a password; pack archives are never encrypted.</source>
        <translation>このエントリはパスワードで暗号化されています。パックのアーカイブが暗号化されることはありません。</translation>
    </message>
    <message>
        <source>The entry is compressed with method %1, which Tenarai cannot read; save the archive with Deflate compression.</source>
        <translation>このエントリは圧縮方式%1で圧縮されていて、Tenaraiでは読み込めません。Deflate圧縮でアーカイブを保存し直してください。</translation>
    </message>
    <message>
        <source>The entry appears twice in the archive.</source>
        <translation>このエントリはアーカイブに2回含まれています。</translation>
    </message>
    <message>
        <source>The entry differs from “%1” only in upper and lower case; the two would clash on Windows.</source>
        <translation>このエントリは「%1」と大文字・小文字だけが異なります。Windowsでは同じ名前として扱われ、衝突します。</translation>
    </message>
    <message>
        <source>The entry inflates to %1 bytes, more than the limit of %2.</source>
        <translation>このエントリは展開すると%1バイトになり、上限の%2バイトを超えます。</translation>
    </message>
    <message>
        <source>The files of the archive inflate to more than the limit of %1 bytes together.</source>
        <translation>アーカイブ内のファイルは、展開すると合計で上限の%1バイトを超えます。</translation>
    </message>
    <message>
        <source>The entry inflates more than %1 times its compressed size, as a compression bomb does.</source>
        <translation>このエントリは展開すると圧縮時の%1倍を超える大きさになります。これは圧縮爆弾（ZIP爆弾）の特徴です。</translation>
    </message>
    <message>
        <source>The archive is damaged: its ZIP directory is unreadable (error %1).</source>
        <translation>アーカイブが壊れています。ZIPのディレクトリを読み取れません（エラー %1）。</translation>
    </message>
    <message>
        <source>The file is not in the pack.</source>
        <translation>このファイルはパックにありません。</translation>
    </message>
    <message>
        <source>The archive cannot be read any more: its ZIP directory is damaged.</source>
        <translation>アーカイブを読み込めなくなりました。ZIPのディレクトリが壊れています。</translation>
    </message>
    <message>
        <source>The archive has changed since the pack was opened; open the pack again.</source>
        <translation>パックを開いた後に、アーカイブが変更されています。パックを開き直してください。</translation>
    </message>
    <message>
        <source>The file cannot be inflated: the archive is damaged (error %1).</source>
        <translation>このファイルを展開できません。アーカイブが壊れています（エラー %1）。</translation>
    </message>
    <message>
        <source>The file inflates to %1 bytes, but the archive&apos;s directory says %2; the archive is damaged.</source>
        <translation>このファイルは展開すると%1バイトになりますが、アーカイブのディレクトリでは%2バイトとなっています。アーカイブが壊れています。</translation>
    </message>
</context>
<context>
    <name>tenarai::BundleCommand</name>
    <message>
        <source>export: the learner whose progress to export, by name or profile id.</source>
        <translation>export: 進捗をエクスポートする受講者を、名前またはプロフィールIDで指定します。</translation>
    </message>
    <message>
        <source>name or id</source>
        <translation>name or id</translation>
    </message>
    <message>
        <source>The organisation key file from IT. Export seals the bundle with it; import then accepts only bundles sealed with the same key, so that a changed bundle is refused even when its checksum was recomputed.</source>
        <translation>情報システム担当者から配布された組織の鍵ファイルです。export はこの鍵で記録ファイルに署名し、import は同じ鍵で署名された記録ファイルだけを受け付けます。そのため、変更された記録ファイルは、チェックサムが計算し直されていても拒否されます。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Carry a learner&apos;s progress to another PC in one file: bundle export or bundle import.</source>
        <translation>受講者の進捗を1つのファイルにまとめて、別のPCに移します: bundle export または bundle import。</translation>
    </message>
    <message>
        <source>export [--db PATH] --profile NAME_OR_ID OUT | import [--db PATH] FILE</source>
        <translation>export [--db PATH] --profile NAME_OR_ID OUT | import [--db PATH] FILE</translation>
    </message>
    <message>
        <source>export or import.</source>
        <translation>export または import。</translation>
    </message>
    <message>
        <source>The bundle to write (export; replaced if it exists) or to read (import).</source>
        <translation>書き出す記録ファイル（export。既にある場合は置き換えます）、または読み込む記録ファイル（import）。</translation>
    </message>
    <message>
        <source>Say what to do: export or import.</source>
        <translation>実行する操作を指定してください: export または import。</translation>
    </message>
    <message>
        <source>“%1” is neither export nor import.</source>
        <translation>「%1」は export でも import でもありません。</translation>
    </message>
    <message>
        <source>export takes exactly one file to write.</source>
        <translation>export には、書き出すファイルを1つだけ指定してください。</translation>
    </message>
    <message>
        <source>import takes exactly one bundle file.</source>
        <translation>import には、記録ファイルを1つだけ指定してください。</translation>
    </message>
    <message>
        <source>export needs --profile: the learner whose progress to export.</source>
        <translation>export には、--profile で進捗をエクスポートする受講者を指定してください。</translation>
    </message>
    <message>
        <source>import takes no --profile: a bundle holds one learner&apos;s progress.</source>
        <translation>import には --profile を指定できません。記録ファイルには1人の受講者の進捗だけが入っています。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) of “%1” to %2.</source>
        <translation>
            <numerusform>「%1」の記録%n件を「%2」にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new record(s) imported from %1.</source>
        <translation>
            <numerusform>「%1」から新しい記録を%n件インポートしました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenarai::CellCollator</name>
    <message>
        <source>Tenarai has no sort order for the language “%1”.</source>
        <translation>Tenaraiには、言語「%1」の並べ替え順がありません。</translation>
    </message>
</context>
<context>
    <name>tenarai::CellRewriteStep</name>
    <message>
        <source>“%1” is not a value this step can read.</source>
        <translation>「%1」は、このステップで読み取れる値ではありません。</translation>
    </message>
</context>
<context>
    <name>tenarai::CentralConfig</name>
    <message>
        <source>The value of “%1” in [%2] contains a comma; put the whole value in &quot;double quotes&quot;.</source>
        <translation>[%2]の“%1”の値にカンマが含まれています。値全体を二重引用符（&quot;）で囲んでください。</translation>
    </message>
    <message>
        <source>[%1] needs a value for “%2”.</source>
        <translation>[%1]に“%2”の値を指定してください。</translation>
    </message>
    <message>
        <source>The file “%1” named by “%2” does not exist.</source>
        <translation>“%2”で指定されたファイル「%1」がありません。</translation>
    </message>
    <message>
        <source>The file “%1” named by “%2” cannot be read by this user; check its permissions.</source>
        <translation>“%2”で指定されたファイル「%1」を、このユーザーは読み取れません。アクセス権を確認してください。</translation>
    </message>
    <message>
        <source>“%1” in [%2] must be a whole number from %3 to %4, not “%5”.</source>
        <translation>[%2]の“%1”は%3以上%4以下の整数にしてください（「%5」は使えません）。</translation>
    </message>
    <message>
        <source>The password file “%1” is larger than %2 bytes; it should hold the password on one line.</source>
        <translation>パスワードファイル「%1」が%2バイトを超えています。パスワードだけを1行で書いてください。</translation>
    </message>
    <message>
        <source>The password file “%1” cannot be read: %2</source>
        <translation>パスワードファイル「%1」を読み込めません: %2</translation>
    </message>
    <message>
        <source>The password file “%1” is empty; write the password on its first line.</source>
        <translation>パスワードファイル「%1」が空です。1行目にパスワードを書いてください。</translation>
    </message>
    <message>
        <source>The central store configuration cannot be read; check that it is a file this user may read.</source>
        <translation>中央データベースの設定ファイルを読み込めません。このユーザーが読み取れるファイルかどうかを確認してください。</translation>
    </message>
    <message>
        <source>The central store configuration is not a valid INI file.</source>
        <translation>中央データベースの設定ファイルが、正しいINIファイルではありません。</translation>
    </message>
    <message>
        <source>The central store configuration cannot be read.</source>
        <translation>中央データベースの設定ファイルを読み込めません。</translation>
    </message>
    <message>
        <source>Do not write the password in the configuration file; put it in a file that only the right users can read and name that file with “%1”.</source>
        <translation>パスワードを設定ファイルに書かないでください。パスワードは、必要なユーザーだけが読み取れるファイルに書き、そのファイルを“%1”で指定してください。</translation>
    </message>
    <message>
        <source>Unknown key “%1” in [%2]. Known keys: %3.</source>
        <translation>[%2]のキー“%1”は使えません。使えるキー: %3。</translation>
    </message>
    <message>
        <source>Unexpected sub-group “%1” in [%2].</source>
        <translation>[%2]に想定外のサブグループ“%1”があります。</translation>
    </message>
    <message>
        <source>“%1” in [%2] must be “postgres” or “none”, not “%3”.</source>
        <translation>[%2]の“%1”は“postgres”か“none”にしてください（「%3」は使えません）。</translation>
    </message>
    <message>
        <source>“%1” in [%2] must be one of %3, not “%4”.</source>
        <translation>[%2]の“%1”は%3のいずれかにしてください（「%4」は使えません）。</translation>
    </message>
    <message>
        <source>sslmode “%1” needs “%2”: the certificate of the authority that signed the server&apos;s certificate.</source>
        <translation>sslmode「%1」には“%2”が必要です。サーバーの証明書に署名した認証局の証明書を指定してください。</translation>
    </message>
    <message>
        <source>A client certificate needs both “%1” and “%2”.</source>
        <translation>クライアント証明書を使うには、“%1”と“%2”の両方が必要です。</translation>
    </message>
    <message>
        <source>The value “%1” in [%2] contains a semicolon, which cannot be passed on to the database driver.</source>
        <translation>[%2]の値「%1」にセミコロンが含まれています。セミコロンはデータベースドライバーに渡せません。</translation>
    </message>
</context>
<context>
    <name>tenarai::CentralSync</name>
    <message>
        <source>Sending progress to the central database “%1” stopped (%2). %3 event(s) were sent; the other %4 stay on this PC and will be sent next time.</source>
        <translation>中央データベース「%1」への進捗の送信が中断しました（%2）。%3件のイベントを送信しました。残りの%4件はこのPCに保存されていて、次回送信されます。</translation>
    </message>
    <message>
        <source>The central database “%1” reported an error: %2</source>
        <translation>中央データベース「%1」でエラーが発生しました: %2</translation>
    </message>
    <message numerus="yes">
        <source>The central progress database at “%1” cannot be used (%2). Your progress is kept on this PC (%n event(s) waiting) and will be sent the next time the database can be reached.</source>
        <translation>
            <numerusform>中央データベース「%1」を使用できません（%2）。進捗はこのPCに保存され（未送信のイベント: %n件）、次にデータベースに接続できたときに送信されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>The central progress database at “%1” cannot be used (%2). Your progress is kept on this PC.</source>
        <translation>中央データベース「%1」を使用できません（%2）。進捗はこのPCに保存されています。</translation>
    </message>
    <message>
        <source>Events sent to the central database could not be marked as sent on this PC; they will be sent again next time, which does no harm.</source>
        <translation>中央データベースに送信したイベントを、このPCで送信済みにできませんでした。次回もう一度送信されますが、問題はありません。</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after sending %n event(s); the rest wait on this PC.</source>
        <translation>
            <numerusform>%n件のイベントを送信したところで中断しました。残りはこのPCで送信を待っています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after receiving %n event(s) from the central database.</source>
        <translation>
            <numerusform>中央データベースから%n件のイベントを受信したところで中断しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenarai::ChangeTypeStep</name>
    <message>
        <source>Make the values</source>
        <translation>変換後の種類</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>Whole numbers</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>Yes or no (TRUE/FALSE)</source>
        <translation>論理値（TRUE/FALSE）</translation>
    </message>
    <message>
        <source>“%1” has too many digits to keep exactly.</source>
        <translation>「%1」は桁数が多すぎるため、正確な値を保てません。</translation>
    </message>
    <message>
        <source>“%1” is not a yes-or-no value (TRUE/FALSE, はい/いいえ, 1/0).</source>
        <translation>「%1」は論理値（TRUE/FALSE、はい/いいえ、1/0）ではありません。</translation>
    </message>
    <message>
        <source>Change the kind of values</source>
        <translation>値の種類を変更</translation>
    </message>
</context>
<context>
    <name>tenarai::CleanCommand</name>
    <message>
        <source>The recipe to run (a .json file saved by Tenarai).</source>
        <translation>実行するレシピ（Tenaraiで保存した.jsonファイル）です。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>encoding</translation>
    </message>
    <message>
        <source>sheet</source>
        <translation>sheet</translation>
    </message>
    <message>
        <source>Run a cleaning recipe on an XLSX or CSV file and write the result (CSV or XLSX by extension).</source>
        <translation>XLSXファイルまたはCSVファイルにデータ整理のレシピを実行し、結果を書き出します（CSVかXLSXかは拡張子で決まります）。</translation>
    </message>
    <message>
        <source>--recipe R.json [options] IN OUT</source>
        <translation>--recipe R.json [options] IN OUT</translation>
    </message>
    <message>
        <source>The file to clean: .xlsx, .xlsm, .csv, .tsv or .txt.</source>
        <translation>整理するファイル: .xlsx、.xlsm、.csv、.tsv または .txt。</translation>
    </message>
    <message>
        <source>The file to write: .csv or .xlsx. Written only when every step succeeds; replaced if it exists.</source>
        <translation>書き出すファイル: .csv または .xlsx。すべてのステップが成功したときだけ書き出します。既にある場合は置き換えます。</translation>
    </message>
    <message>
        <source>Name the recipe with --recipe.</source>
        <translation>--recipe でレシピを指定してください。</translation>
    </message>
    <message>
        <source>Give exactly one input file and one output file.</source>
        <translation>入力ファイルと出力ファイルを1つずつ指定してください。</translation>
    </message>
    <message>
        <source>Cannot tell the output format from &quot;%1&quot;; use a .csv or .xlsx file name.</source>
        <translation>「%1」からは出力形式を判断できません。.csv または .xlsx のファイル名を指定してください。</translation>
    </message>
    <message>
        <source>Unknown input encoding &quot;%1&quot;; use utf-8, cp932 or utf-16.</source>
        <translation>入力の文字コード「%1」には対応していません。utf-8、cp932 または utf-16 を指定してください。</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;; use utf-8, cp932 or utf-16.</source>
        <translation>文字コード「%1」には対応していません。utf-8、cp932 または utf-16 を指定してください。</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>「%1」を読み込み中</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: 警告: %2</translation>
    </message>
    <message>
        <source>Cleaning %1</source>
        <translation>「%1」を整理中</translation>
    </message>
    <message numerus="yes">
        <source>step %1 (“%2”): %n value(s) left unchanged</source>
        <translation>
            <numerusform>ステップ%1（「%2」）: %n個の値はそのままにしました</numerusform>
        </translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>%1行目、%2列目: %3</translation>
    </message>
    <message>
        <source>(%1 shown of %2)</source>
        <translation>（%2件中%1件を表示）</translation>
    </message>
    <message>
        <source>Step %1 of the recipe failed: %2</source>
        <translation>レシピのステップ%1が失敗しました: %2</translation>
    </message>
    <message>
        <source>Nothing was written to %1.</source>
        <translation>「%1」には何も書き出していません。</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>「%1」を書き込み中</translation>
    </message>
    <message numerus="yes">
        <source>%1 written; %n value(s) could not be cleaned (see above).</source>
        <translation>
            <numerusform>「%1」を書き出しました。%n個の値は整理できませんでした（上記を参照）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Encoding of a CSV input: utf-8, cp932 or utf-16. Overrides the recipe&apos;s; when neither names one, it is detected.</source>
        <translation>CSV入力の文字コード（utf-8、cp932、utf-16）。レシピの設定より優先します。どちらにも指定がなければ自動で判定します。</translation>
    </message>
    <message>
        <source>The sheet to clean: its name, or its position counted from 0. Overrides the recipe&apos;s; when neither names one, the first worksheet.</source>
        <translation>整理するシート（名前、または0から数えた位置）。レシピの設定より優先します。どちらにも指定がなければ最初のワークシートです。</translation>
    </message>
</context>
<context>
    <name>tenarai::CleaningExercisePanel</name>
    <message>
        <source>The exercise “%1” has no lesson pack to read its files from.</source>
        <translation>演習「%1」には、ファイルを読み込むためのレッスンパックがありません。</translation>
    </message>
    <message>
        <source>No exercise is open to check.</source>
        <translation>答え合わせをする演習が開かれていません。</translation>
    </message>
    <message>
        <source>Every cell matches the target.</source>
        <translation>すべてのセルが目標の表と一致しています。</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) left</source>
        <translation>
            <numerusform>残り %n セル</numerusform>
        </translation>
    </message>
    <message>
        <source>Cells still different from the target</source>
        <translation>目標の表とまだ異なるセル</translation>
    </message>
</context>
<context>
    <name>tenarai::CleaningWorkbench</name>
    <message>
        <source>The preview was stopped. Click “Update preview” to run it again.</source>
        <translation>プレビューを中止しました。もう一度実行するには「プレビューを更新」をクリックしてください。</translation>
    </message>
    <message>
        <source>&amp;Cleaning</source>
        <translation>データ整理(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Add Step</source>
        <translation>ステップを追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Step</source>
        <translation>ステップを削除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Open Recipe…</source>
        <translation>レシピを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Replace the steps with a recipe saved earlier</source>
        <translation>今のステップを、以前に保存したレシピに置き換えます</translation>
    </message>
    <message>
        <source>&amp;Save Recipe…</source>
        <translation>レシピを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the steps as a recipe file to use again on other files</source>
        <translation>ステップをレシピファイルとして保存し、ほかのファイルにも使えるようにします</translation>
    </message>
    <message>
        <source>Open another file and run these steps on it</source>
        <translation>別のファイルを開いて、これらのステップを実行します</translation>
    </message>
    <message>
        <source>Applied &amp;steps</source>
        <translation>適用したステップ(&amp;S)</translation>
    </message>
    <message>
        <source>Applied steps</source>
        <translation>適用したステップ</translation>
    </message>
    <message>
        <source>Steps run from top to bottom. Drag a step to move it; untick it to skip it.</source>
        <translation>ステップは上から順に実行されます。ドラッグすると順番を変えられます。チェックを外すと、そのステップは飛ばされます。</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>ステップを追加</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>ステップを削除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <source>Step settings</source>
        <translation>ステップの設定</translation>
    </message>
    <message>
        <source>Table after the selected step</source>
        <translation>選択したステップを実行した後の表</translation>
    </message>
    <message>
        <source>Right-click a column name to add a step for that column.</source>
        <translation>列名を右クリックすると、その列に対するステップを追加できます。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop computing the preview; the steps stay as they are</source>
        <translation>プレビューの計算を中止します。ステップはそのまま残ります。</translation>
    </message>
    <message>
        <source>Update preview</source>
        <translation>プレビューを更新</translation>
    </message>
    <message>
        <source>Preview progress</source>
        <translation>プレビューの進捗</translation>
    </message>
    <message>
        <source>Values the step could not change</source>
        <translation>ステップで変更できなかった値</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>元に戻す: %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>やり直す: %1(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>Open a file to clean its data.</source>
        <translation>データを整理するファイルを開いてください。</translation>
    </message>
    <message>
        <source>Add a step with “Add step”, or right-click a column name.</source>
        <translation>「ステップを追加」でステップを追加するか、列名を右クリックしてください。</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>プレビューを更新しています…</translation>
    </message>
    <message>
        <source>This step could not run: %1
The table shows the data before this step.</source>
        <translation>このステップを実行できませんでした: %1
表には、このステップを実行する前のデータが表示されています。</translation>
    </message>
    <message>
        <source>Step %1 could not run, so the steps after it did not run either: %2
The table shows the data before step %1.</source>
        <translation>ステップ%1を実行できなかったため、それ以降のステップも実行していません: %2
表には、ステップ%1を実行する前のデータが表示されています。</translation>
    </message>
    <message>
        <source>This step is turned off: the table is the same as before it.</source>
        <translation>このステップはオフになっています。表はこのステップの前と同じです。</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) could not be changed by this step and were left as they were:</source>
        <translation>
            <numerusform>このステップで変更できず、そのままにした値が%n個あります:</numerusform>
        </translation>
    </message>
    <message>
        <source>(the first %1 are listed)</source>
        <translation>（最初の%1個を表示しています）</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>%1行目、%2: %3</translation>
    </message>
    <message>
        <source>This column has no name yet. Add a step that uses a row as column names first.</source>
        <translation>この列にはまだ名前がありません。先に「行を列名として使う」ステップを追加してください。</translation>
    </message>
    <message>
        <source>The recipe was not saved: step %1 needs its settings completed.</source>
        <translation>レシピは保存されていません。ステップ%1の設定を完了してください。</translation>
    </message>
    <message>
        <source>Could not save the recipe “%1”.</source>
        <translation>レシピ「%1」を保存できませんでした。</translation>
    </message>
    <message>
        <source>Could not open the recipe “%1”.</source>
        <translation>レシピ「%1」を開けませんでした。</translation>
    </message>
    <message>
        <source>%1 recipe</source>
        <translation>%1のレシピ</translation>
    </message>
    <message>
        <source>Save Recipe</source>
        <translation>レシピを保存</translation>
    </message>
    <message>
        <source>Tenarai recipes (*.json)</source>
        <translation>Tenaraiのレシピ (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Open Recipe</source>
        <translation>レシピを開く</translation>
    </message>
    <message>
        <source>Apply This Recipe to Another &amp;File…</source>
        <translation>このレシピを別のファイルに適用(&amp;F)…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>What keeps the table from being read by software, and the steps that fix it</source>
        <translation>表がソフトウェアで正しく読めない原因と、それを直すステップ</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>変更できなかった値</translation>
    </message>
    <message>
        <source>Values the selected step could not change</source>
        <translation>選択したステップが変更できなかった値</translation>
    </message>
    <message>
        <source>the table as opened</source>
        <translation>開いたときの表</translation>
    </message>
    <message>
        <source>the table after step %1</source>
        <translation>ステップ%1の後の表</translation>
    </message>
    <message>
        <source>The preview is not ready yet. Click “Check again” when it is.</source>
        <translation>プレビューがまだできていません。できあがったら「もう一度チェック」をクリックしてください。</translation>
    </message>
    <message>
        <source>The table shown is not the one checked. Click “Check again” to check it.</source>
        <translation>表示中の表はチェックした表とは異なります。「もう一度チェック」をクリックしてチェックしてください。</translation>
    </message>
    <message>
        <source>The suggested step could not be added.</source>
        <translation>提案されたステップを追加できませんでした。</translation>
    </message>
</context>
<context>
    <name>tenarai::CliApp</name>
    <message>
        <source>Usage: %1 COMMAND [options] [arguments]</source>
        <translation>使い方: %1 COMMAND [options] [arguments]</translation>
    </message>
    <message>
        <source>Tenarai&apos;s command-line tools for lesson authors and IT staff.</source>
        <translation>レッスン作成者と情報システム担当者のための、Tenaraiのコマンドラインツールです。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Show help for a command: help COMMAND</source>
        <translation>コマンドのヘルプを表示します: help COMMAND</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>オプション:</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
    <message>
        <source>Run &apos;%1 help COMMAND&apos; or &apos;%1 COMMAND --help&apos; for a command&apos;s options and arguments.</source>
        <translation>各コマンドのオプションと引数は、&apos;%1 help COMMAND&apos; または &apos;%1 COMMAND --help&apos; で確認できます。</translation>
    </message>
    <message>
        <source>%1 See &apos;%2 --help&apos;.</source>
        <translation>%1詳しくは &apos;%2 --help&apos; を参照してください。</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>実行するコマンドです。</translation>
    </message>
    <message>
        <source>&quot;help&quot; takes one command name.</source>
        <translation>help にはコマンド名を1つ指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command.</source>
        <translation>「%1」というコマンドはありません。</translation>
    </message>
</context>
<context>
    <name>tenarai::Command</name>
    <message>
        <source>Show help for this command.</source>
        <translation>このコマンドのヘルプを表示します。</translation>
    </message>
    <message>
        <source>Usage: %1 %2 %3</source>
        <translation>使い方: %1 %2 %3</translation>
    </message>
    <message>
        <source>%1: %2 See &apos;%3 help %1&apos;.</source>
        <translation>%1: %2詳しくは &apos;%3 help %1&apos; を参照してください。</translation>
    </message>
</context>
<context>
    <name>tenarai::CommandLine</name>
    <message>
        <source>Tenarai: hands-on digital skills training, offline.</source>
        <translation>Tenarai: オフラインで使える、実習形式のデジタルスキル研修</translation>
    </message>
    <message>
        <source>Read the bundled lessons from &lt;folder&gt;.</source>
        <translation>同梱のレッスンを&lt;folder&gt;から読み込みます。</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>Keep the local progress in the SQLite &lt;file&gt;.</source>
        <translation>このPCでの進捗をSQLiteの&lt;file&gt;に保存します。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Use &lt;language&gt; for this run: ja (Japanese) or en (English).</source>
        <translation>今回の起動で使う&lt;language&gt;: ja（日本語）または en（英語）。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;png&gt; and quit.</source>
        <translation>ウィンドウの画像を&lt;png&gt;に保存して終了します。</translation>
    </message>
    <message>
        <source>png</source>
        <translation>png</translation>
    </message>
    <message>
        <source>A spreadsheet (CSV or XLSX) to open.</source>
        <translation>開く表計算ファイル（CSVまたはXLSX）です。</translation>
    </message>
    <message>
        <source>[file]</source>
        <translation>[file]</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use ja or en.</source>
        <translation>言語「%1」には対応していません。ja または en を指定してください。</translation>
    </message>
    <message>
        <source>Only one file can be opened at start; %1 were given.</source>
        <translation>起動時に開けるファイルは1つだけですが、%1個指定されています。</translation>
    </message>
</context>
<context>
    <name>tenarai::CompletionPage</name>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>What you can do now</source>
        <translation>できるようになったこと</translation>
    </message>
    <message>
        <source>What to try next</source>
        <translation>次に取り組むこと</translation>
    </message>
    <message>
        <source>Back to the lessons</source>
        <translation>レッスン一覧に戻る</translation>
    </message>
    <message>
        <source>Choose another lesson from the library</source>
        <translation>レッスン一覧から別のレッスンを選びます</translation>
    </message>
    <message>
        <source>Next lesson: %1</source>
        <translation>次のレッスン: %1</translation>
    </message>
    <message>
        <source>Start the pack&apos;s next lesson</source>
        <translation>このパックの次のレッスンを始めます</translation>
    </message>
    <message>
        <source>Lesson completed</source>
        <translation>レッスン完了</translation>
    </message>
</context>
<context>
    <name>tenarai::ConvertCommand</name>
    <message>
        <source>The sheet to convert: its name, or its position counted from 0. CSV output takes the first worksheet by default; XLSX output takes every sheet unless this is given.</source>
        <translation>変換するシートを、名前または0から数えた位置で指定します。指定しない場合、CSV出力では最初のワークシートを、XLSX出力ではすべてのシートを変換します。</translation>
    </message>
    <message>
        <source>sheet</source>
        <translation>sheet</translation>
    </message>
    <message>
        <source>Encoding of CSV output: utf-8 (default, with a BOM so that Excel opens it correctly) or cp932 (Shift_JIS as Windows uses it).</source>
        <translation>CSV出力の文字コード: utf-8（既定。Excelで正しく開けるようにBOM付き）または cp932（Windowsで使われるShift_JIS）。</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>encoding</translation>
    </message>
    <message>
        <source>Write UTF-8 CSV without a BOM.</source>
        <translation>CSVをBOMなしのUTF-8で書き出します。</translation>
    </message>
    <message>
        <source>Encoding of a CSV input: utf-8, cp932 or utf-16. By default it is detected.</source>
        <translation>CSV入力の文字コード: utf-8、cp932 または utf-16。指定しない場合は自動で判定します。</translation>
    </message>
    <message>
        <source>XLSX output: do not style the first row as a header.</source>
        <translation>XLSX出力: 1行目を見出し行の書式にしません。</translation>
    </message>
    <message>
        <source>Convert an XLSX or CSV file to CSV or XLSX (chosen by the output file&apos;s extension).</source>
        <translation>XLSXファイルまたはCSVファイルを、CSVまたはXLSXに変換します（出力ファイルの拡張子で決まります）。</translation>
    </message>
    <message>
        <source>[options] IN OUT</source>
        <translation>[options] IN OUT</translation>
    </message>
    <message>
        <source>The file to read: .xlsx, .xlsm, .csv, .tsv or .txt.</source>
        <translation>読み込むファイル: .xlsx、.xlsm、.csv、.tsv または .txt。</translation>
    </message>
    <message>
        <source>The file to write: .csv or .xlsx. It is replaced if it exists.</source>
        <translation>書き出すファイル: .csv または .xlsx。既にある場合は置き換えます。</translation>
    </message>
    <message>
        <source>Give exactly one input file and one output file.</source>
        <translation>入力ファイルと出力ファイルを1つずつ指定してください。</translation>
    </message>
    <message>
        <source>Cannot tell the output format from &quot;%1&quot;; use a .csv or .xlsx file name.</source>
        <translation>「%1」からは出力形式を判断できません。.csv または .xlsx のファイル名を指定してください。</translation>
    </message>
    <message>
        <source>--encoding applies to CSV output only.</source>
        <translation>--encoding はCSV出力でだけ使えます。</translation>
    </message>
    <message>
        <source>Unknown output encoding &quot;%1&quot;; use utf-8 or cp932.</source>
        <translation>出力の文字コード「%1」には対応していません。utf-8 または cp932 を指定してください。</translation>
    </message>
    <message>
        <source>Unknown input encoding &quot;%1&quot;; use utf-8, cp932 or utf-16.</source>
        <translation>入力の文字コード「%1」には対応していません。utf-8、cp932 または utf-16 を指定してください。</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>「%1」を読み込み中</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: 警告: %2</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>「%1」を書き込み中</translation>
    </message>
</context>
<context>
    <name>tenarai::ConvertKanaStep</name>
    <message>
        <source>Write kana as</source>
        <translation>変換後のかな</translation>
    </message>
    <message>
        <source>Katakana (カタカナ)</source>
        <translation>カタカナ</translation>
    </message>
    <message>
        <source>Hiragana (ひらがな)</source>
        <translation>ひらがな</translation>
    </message>
    <message>
        <source>Convert hiragana and katakana</source>
        <translation>ひらがな・カタカナを変換</translation>
    </message>
</context>
<context>
    <name>tenarai::CsvParser</name>
    <message>
        <source>The quote that opens a cell in row %1 is never closed; the rest of the file was read into that cell.</source>
        <translation>%1行目でセルを始める引用符（&quot;）が閉じられていません。ファイルの残りをすべてそのセルに読み込みました。</translation>
    </message>
    <message>
        <source>The quoted cell that starts here is longer than %1 characters; perhaps its closing quote is missing.</source>
        <translation>ここから始まる引用符付きのセルが%1文字を超えています。閉じる引用符が抜けている可能性があります。</translation>
    </message>
    <message>
        <source>A cell is longer than %1 characters.</source>
        <translation>%1文字を超えるセルがあります。</translation>
    </message>
    <message>
        <source>The row has more than %1 cells.</source>
        <translation>この行のセルが%1個を超えています。</translation>
    </message>
    <message>
        <source>The file has more than %1 non-empty cells.</source>
        <translation>ファイルの空でないセルが%1個を超えています。</translation>
    </message>
    <message>
        <source>The file has more than %1 rows.</source>
        <translation>ファイルの行数が%1行を超えています。</translation>
    </message>
</context>
<context>
    <name>tenarai::CsvReader</name>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>ファイルを開けません: %1</translation>
    </message>
    <message>
        <source>The file is not open for reading.</source>
        <translation>ファイルが読み込み用に開かれていません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used as a delimiter; use a comma, tab, semicolon or another ASCII character.</source>
        <translation>「%1」は区切り文字に使えません。カンマ、タブ、セミコロンなどのASCII文字を使ってください。</translation>
    </message>
    <message>
        <source>The encoding &quot;%1&quot; is not known.</source>
        <translation>文字コード「%1」には対応していません。</translation>
    </message>
    <message>
        <source>The file is larger than the limit of %1.</source>
        <translation>ファイルが上限の%1を超えています。</translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation>読み込みをキャンセルしました。</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>ファイルを読み込めません: %1</translation>
    </message>
    <message>
        <source>The file contains bytes that are not valid %1 text. Choose its encoding when opening it, or convert it to UTF-8.</source>
        <translation>ファイルに、%1の文字として正しくないバイトが含まれています。開くときに文字コードを選ぶか、ファイルをUTF-8に変換してください。</translation>
    </message>
</context>
<context>
    <name>tenarai::CsvWriter</name>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>ファイルに書き込めません: %1</translation>
    </message>
    <message>
        <source>The file is not open for writing.</source>
        <translation>ファイルが書き込み用に開かれていません。</translation>
    </message>
    <message>
        <source>CSV files can be written in UTF-8 or CP932 (Shift_JIS), not &quot;%1&quot;.</source>
        <translation>CSVファイルはUTF-8またはCP932（Shift_JIS）で書き込めます。「%1」では書き込めません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used as a delimiter.</source>
        <translation>「%1」は区切り文字に使えません。</translation>
    </message>
    <message>
        <source>The character &quot;%1&quot; (U+%2) cannot be written in CP932 (Shift_JIS). Save as UTF-8, or replace the character.</source>
        <translation>文字「%1」（U+%2）はCP932（Shift_JIS）で書き込めません。UTF-8で保存するか、この文字を置き換えてください。</translation>
    </message>
    <message>
        <source>Column name %1: %2</source>
        <translation>%1列目の列名: %2</translation>
    </message>
    <message>
        <source>Writing was cancelled.</source>
        <translation>書き込みをキャンセルしました。</translation>
    </message>
</context>
<context>
    <name>tenarai::DateNormalizer</name>
    <message>
        <source>January</source>
        <translation>1月</translation>
    </message>
    <message>
        <source>February</source>
        <translation>2月</translation>
    </message>
    <message>
        <source>March</source>
        <translation>3月</translation>
    </message>
    <message>
        <source>April</source>
        <translation>4月</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <source>June</source>
        <translation>6月</translation>
    </message>
    <message>
        <source>July</source>
        <translation>7月</translation>
    </message>
    <message>
        <source>August</source>
        <translation>8月</translation>
    </message>
    <message>
        <source>September</source>
        <translation>9月</translation>
    </message>
    <message>
        <source>October</source>
        <translation>10月</translation>
    </message>
    <message>
        <source>November</source>
        <translation>11月</translation>
    </message>
    <message>
        <source>December</source>
        <translation>12月</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>月曜日</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>火曜日</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>水曜日</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>木曜日</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>金曜日</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>土曜日</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>日曜日</translation>
    </message>
    <message>
        <source>An era has no year %1; its first year is 元年.</source>
        <translation>元号に%1年はありません。最初の年は元年です。</translation>
    </message>
    <message>
        <source>There is no month %1.</source>
        <translation>%1月はありません。</translation>
    </message>
    <message>
        <source>%1 (%2) is not a leap year, so February has no day 29.</source>
        <translation>%1（%2年）はうるう年ではないため、2月29日はありません。</translation>
    </message>
    <message>
        <source>%1 has no day %2.</source>
        <translation>%1に%2日はありません。</translation>
    </message>
    <message>
        <source>%1 is before 明治6年 (1873), when Japan still used the lunisolar calendar; it cannot be converted exactly.</source>
        <translation>%1は、日本でまだ旧暦（太陰太陽暦）が使われていた明治6年（1873年）より前の日付のため、正確には変換できません。</translation>
    </message>
    <message>
        <source>%1 began on %2; %3 does not exist.</source>
        <translation>%1は%2に始まりました。%3は存在しません。</translation>
    </message>
    <message>
        <source>%1 ended on %2; %3 does not exist.</source>
        <translation>%1は%2に終わりました。%3は存在しません。</translation>
    </message>
    <message>
        <source>The number %1 is not an Excel date.</source>
        <translation>数値%1はExcelの日付ではありません。</translation>
    </message>
    <message>
        <source>The number %1 is beyond the last Excel date, 9999-12-31.</source>
        <translation>数値%1は、Excelで扱える最後の日付（9999-12-31）を超えています。</translation>
    </message>
    <message>
        <source>The number %1 is a time of day or day 0 in Excel, not a date.</source>
        <translation>数値%1はExcelでは時刻または0日目を表し、日付ではありません。</translation>
    </message>
    <message>
        <source>Excel serial 60 is 1900-02-29, a day that exists only in Excel (its 1900 leap-year bug).</source>
        <translation>Excelのシリアル値60は1900-02-29で、Excelにしか存在しない日付です（Excelの1900年うるう年の不具合）。</translation>
    </message>
    <message>
        <source>The value is empty.</source>
        <translation>値が空です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a time of day; this column takes dates only.</source>
        <translation>「%1」には時刻が含まれています。この列に入れられるのは日付だけです。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an era but no year.</source>
        <translation>「%1」には元号がありますが、年がありません。</translation>
    </message>
    <message>
        <source>The era year in &quot;%1&quot; has too many digits.</source>
        <translation>「%1」の元号の年の桁数が多すぎます。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>「%1」は日付ではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no year; write it with the year, such as 2021年4月1日.</source>
        <translation>「%1」には年がありません。2021年4月1日のように年も書いてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has six digits; it could be yymmdd or yyyymm, so it is not read as a date.</source>
        <translation>「%1」は6桁で、yymmdd（年月日）ともyyyymm（年月）とも読めるため、日付として読み取りません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no year; write it with the year, such as 2021/4/1.</source>
        <translation>「%1」には年がありません。2021/4/1のように年も書いてください。</translation>
    </message>
    <message>
        <source>The year &quot;%1&quot; in &quot;%2&quot; is ambiguous; write four digits (2021) or an era (R3).</source>
        <translation>「%2」の年「%1」があいまいです。4桁の西暦（2021）か和暦（R3）で書いてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no month and day.</source>
        <translation>「%1」には月と日がありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no day.</source>
        <translation>「%1」には日がありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; mixes the separators &quot;%2&quot; and &quot;%3&quot;.</source>
        <translation>「%1」では区切りの「%2」と「%3」が混在しています。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has unexpected text after the date: &quot;%2&quot;.</source>
        <translation>「%1」の日付の後に、余分な文字「%2」があります。</translation>
    </message>
    <message>
        <source>The time &quot;%1&quot; is not valid.</source>
        <translation>時刻「%1」は正しくありません。</translation>
    </message>
    <message>
        <source>There is no year 0.</source>
        <translation>0年はありません。</translation>
    </message>
    <message>
        <source>%1 is not a leap year, so February has no day 29.</source>
        <translation>%1年はうるう年ではないため、2月29日はありません。</translation>
    </message>
    <message>
        <source>%1 is a %2, not %3.</source>
        <translation>%1は%2です（「%3」ではありません）。</translation>
    </message>
    <message>
        <source>The number %1 is neither a yyyymmdd date nor an Excel date.</source>
        <translation>数値%1は、yyyymmdd形式の日付でもExcelの日付でもありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a time of day, not a date.</source>
        <translation>「%1」は時刻で、日付ではありません。</translation>
    </message>
</context>
<context>
    <name>tenarai::DbCommand</name>
    <message>
        <source>Update, check or back up the progress database.</source>
        <translation>進捗データベースの更新、検査、バックアップを行います。</translation>
    </message>
    <message>
        <source>[options] migrate | check | backup OUT | sync</source>
        <translation>[options] migrate | check | backup OUT | sync</translation>
    </message>
    <message>
        <source>migrate: bring the database up to this version of Tenarai (creating it if missing) and print its version.
check: check every page and print what the database holds. Exit status: 0 when sound, 1 when damaged, 2 when it cannot be checked.
backup OUT: write a consistent copy to the new file OUT, also while Tenarai is running.
sync: send this PC&apos;s progress to the central database IT configured, and bring this PC&apos;s learners&apos; progress from other PCs.
With --central, migrate and check work on the central database.</source>
        <translation>migrate: データベースをこのバージョンのTenarai用に更新し（ない場合は作成します）、そのバージョンを表示します。
check: すべてのページを検査し、データベースの内容を表示します。終了コード: 正常なら0、壊れていれば1、検査できなければ2。
backup OUT: 整合性のとれたコピーを新しいファイルOUTに書き出します。Tenaraiの実行中でも使えます。
sync: このPCの進捗を、情報システム担当者が設定した中央データベースに送信し、このPCの受講者がほかのPCで記録した進捗を受信します。
--central を指定すると、migrate と check は中央データベースに対して実行します。</translation>
    </message>
    <message>
        <source>migrate, check, backup or sync.</source>
        <translation>migrate、check、backup または sync。</translation>
    </message>
    <message>
        <source>Say what to do: migrate, check, backup or sync.</source>
        <translation>実行する操作を指定してください: migrate、check、backup または sync。</translation>
    </message>
    <message>
        <source>--central works with migrate and check only.</source>
        <translation>--central は migrate と check でだけ使えます。</translation>
    </message>
    <message>
        <source>“%1” takes no further arguments.</source>
        <translation>%1 にはほかの引数を指定できません。</translation>
    </message>
    <message>
        <source>Give the file to write the backup to: backup OUT.</source>
        <translation>バックアップを書き出すファイルを指定してください: backup OUT。</translation>
    </message>
    <message>
        <source>Unknown action “%1”; use migrate, check, backup or sync.</source>
        <translation>「%1」という操作はありません。migrate、check、backup または sync を指定してください。</translation>
    </message>
    <message>
        <source>Synchronising</source>
        <translation>同期中</translation>
    </message>
    <message>
        <source>%1: the database can only be read, so it was not changed.</source>
        <translation>%1: データベースが読み取り専用のため、変更しませんでした。</translation>
    </message>
    <message>
        <source>%1: progress database version %2.</source>
        <translation>%1: 進捗データベースのバージョンは%2です。</translation>
    </message>
    <message>
        <source>There is no progress database here.</source>
        <translation>進捗データベースがありません。</translation>
    </message>
    <message>
        <source>%1: the database is damaged:</source>
        <translation>%1: データベースが壊れています:</translation>
    </message>
    <message>
        <source>%1: sound, version %2%3.</source>
        <translation>%1: 正常です（バージョン%2%3）。</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation>、読み取り専用</translation>
    </message>
    <message>
        <source>Profiles: %1, attempts: %2, completed lessons: %3, workshop sessions: %4.</source>
        <translation>プロフィール: %1件、解答: %2件、修了したレッスン: %3件、ワークショップのセッション: %4件。</translation>
    </message>
    <message>
        <source>Events: %1, not yet sent to the central database: %2.</source>
        <translation>イベント: %1件、中央データベースに未送信: %2件。</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>「%1」を「%2」にバックアップしました。</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n record(s) to the central database.</source>
        <translation>
            <numerusform>中央データベースに%n件の記録を送信しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them had arrived there before.</source>
        <translation>
            <numerusform>そのうち%n件は、すでに届いていました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received %n record(s) from other PCs.</source>
        <translation>
            <numerusform>ほかのPCから%n件の記録を受信しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenarai::DiagnoseCommand</name>
    <message>
        <source>The sheet to check: its name, or its position counted from 0. By default the first worksheet.</source>
        <translation>調べるシートを、名前または0から数えた位置で指定します。指定しない場合は最初のワークシートを調べます。</translation>
    </message>
    <message>
        <source>sheet</source>
        <translation>sheet</translation>
    </message>
    <message>
        <source>Print JSON with stable English keys instead of text.</source>
        <translation>テキストの代わりに、変わらない英語のキーを持つJSONを出力します。</translation>
    </message>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Check a table against the government&apos;s rules for machine-readable data (総務省 統一ルール).</source>
        <translation>表が、機械判読可能なデータのための国のルール（総務省 統一ルール）に沿っているかを調べます。</translation>
    </message>
    <message>
        <source>[options] FILE</source>
        <translation>[options] FILE</translation>
    </message>
    <message>
        <source>Exit status: 0 when nothing was found, 1 when there are findings, 2 when the file cannot be checked.</source>
        <translation>終了コード: 何も見つからなければ0、指摘があれば1、ファイルを調べられなければ2。</translation>
    </message>
    <message>
        <source>The file to check: .xlsx, .xlsm, .csv, .tsv or .txt.</source>
        <translation>調べるファイル: .xlsx、.xlsm、.csv、.tsv または .txt。</translation>
    </message>
    <message>
        <source>Give exactly one file.</source>
        <translation>ファイルを1つだけ指定してください。</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>「%1」を読み込み中</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>「%1」を確認中</translation>
    </message>
    <message numerus="yes">
        <source>%1, sheet &quot;%2&quot;: %n data row(s)</source>
        <translation>
            <numerusform>%1、シート「%2」: データ%n行</numerusform>
        </translation>
    </message>
    <message>
        <source> below the headings in row %1</source>
        <translation>（見出し行は%1行目）</translation>
    </message>
    <message>
        <source>Values were checked in %1 evenly spread rows of %2.</source>
        <translation>値は、%2行のうち均等に選んだ%1行で確認しました。</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s)</source>
        <translation>
            <numerusform>セル%n個</numerusform>
        </translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation>, ほか%1個</translation>
    </message>
    <message>
        <source>Cells: %1</source>
        <translation>セル: %1</translation>
    </message>
    <message>
        <source>Step that fixes it: %1</source>
        <translation>直すためのステップ: %1</translation>
    </message>
    <message>
        <source>Nothing found that keeps the table from being machine-readable.</source>
        <translation>機械判読を妨げる問題は見つかりませんでした。</translation>
    </message>
    <message>
        <source>The steps name columns by their headings, so they assume this step first: %1</source>
        <translation>ステップは列を見出しの名前で指定するため、最初に次のステップを実行することを前提としています: %1</translation>
    </message>
    <message>
        <source>Not checked (cannot be told from the cells):</source>
        <translation>確認していない項目（セルの内容からは判断できません）:</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>指摘: %n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>: %n error(s)</source>
        <translation>
            <numerusform>（エラー%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s).</source>
        <translation>
            <numerusform>、警告%n件）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenarai::Diagnosis</name>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>Merged cells</source>
        <translation>結合セル</translation>
    </message>
    <message numerus="yes">
        <source>%n range(s) of cells are merged. Software sees a value only in the first cell of a merged range and the other cells as empty, so rows lose their group or heading. Unmerge the cells and write the value in every row.</source>
        <translation>
            <numerusform>結合セルが%nか所あります。ソフトウェアは結合セルの値を先頭のセルにだけあるものとして読み、ほかのセルは空とみなすため、行のグループや見出しがわからなくなります。セルの結合を解除し、すべての行に値を書いてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>“Fill down” writes the value of each merged range into the empty cells below it.</source>
        <translation>「空欄を上の値で埋める」を使うと、結合セルの値をその下の空のセルに書き込めます。</translation>
    </message>
    <message>
        <source>Columns without a heading</source>
        <translation>見出しのない列</translation>
    </message>
    <message>
        <source>Some columns hold data but have no heading, so nobody can tell what their values mean and steps cannot name them. Write a heading for each.</source>
        <translation>データがあるのに見出しのない列があります。値の意味がわからず、ステップで列を指定することもできません。それぞれの列に見出しを書いてください。</translation>
    </message>
    <message>
        <source>Headings spaced out or broken over lines</source>
        <translation>見出しに空白や改行が入っている</translation>
    </message>
    <message>
        <source>Some headings hold spaces or line breaks to make them look centred or fit the column (氏&#x3000;名). Software then sees a different name from the one people search for. Write headings without them.</source>
        <translation>見た目をそろえたり列幅に収めたりするために、空白や改行を入れた見出しがあります（氏&#x3000;名）。ソフトウェアからは、検索に使われる名前とは別の名前に見えます。見出しは空白や改行を入れずに書いてください。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>column name with its unit</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>More than one value in a cell</source>
        <translation>1つのセルに複数の値</translation>
    </message>
    <message>
        <source>Cells of column “%1” hold several numbers or dates separated by “%2”. Software cannot add up or sort them. Put each value in its own column.</source>
        <translation>列「%1」のセルに、「%2」で区切った複数の数値や日付が入っています。ソフトウェアでは合計や並べ替えができません。値ごとに別の列に入れてください。</translation>
    </message>
    <message>
        <source>line breaks</source>
        <translation>改行</translation>
    </message>
    <message>
        <source>Numbers written as text</source>
        <translation>数値が文字列として書かれている</translation>
    </message>
    <message>
        <source>Numbers are written with 円, ¥, commas, full-width digits or spaces (1,000円, １２０００). Software reads them as text and cannot add them up. Keep only the number in the cell and the unit in the heading.</source>
        <translation>数値が、円、¥、カンマ、全角数字、空白を含めて書かれています（1,000円、１２０００）。ソフトウェアは文字列として読むため、合計できません。セルには数値だけを入れ、単位は見出しに書いてください。</translation>
    </message>
    <message>
        <source>Numbers stored as text cells</source>
        <translation>文字列として保存された数値</translation>
    </message>
    <message>
        <source>These cells look like numbers but are stored as text (Excel marks them with a green triangle), so sums and sorting skip or misplace them.</source>
        <translation>これらのセルは数値に見えますが、文字列として保存されています（Excelでは緑の三角が付きます）。そのため、合計や並べ替えで無視されたり、違う位置に並んだりします。</translation>
    </message>
    <message>
        <source>Words in a column of numbers</source>
        <translation>数値の列に言葉が混ざっている</translation>
    </message>
    <message>
        <source>A column of numbers also holds words (無料, 約3,000円, 未定). Software then treats the whole column as text. Decide what each should be: a number, an empty cell, or a note in another column.</source>
        <translation>数値の列に言葉（無料、約3,000円、未定）が混ざっています。そのため、ソフトウェアは列全体を文字列として扱います。それぞれを数値、空のセル、別の列の備考のどれにするか決めてください。</translation>
    </message>
    <message>
        <source>Spaces or line breaks for layout</source>
        <translation>見た目を整えるための空白や改行</translation>
    </message>
    <message>
        <source>Values have spaces before or after them, several spaces in a row, or line breaks. They look the same on screen, but software sees “山田&#x3000;太郎” and “山田 太郎 ” as different values.</source>
        <translation>値の前後の空白、連続した空白、改行があります。画面では同じに見えても、ソフトウェアは「山田&#x3000;太郎」と「山田 太郎 」を別の値とみなします。</translation>
    </message>
    <message>
        <source>Group names written only once</source>
        <translation>グループ名が1回しか書かれていない</translation>
    </message>
    <message>
        <source>A group name (such as a 地区) is written in the first row of its group and the rows below are left blank. Each row must say its group, or sorting and filtering lose it.</source>
        <translation>グループ名（地区など）がグループの最初の行にだけ書かれ、その下の行は空欄になっています。各行にグループ名がないと、並べ替えや絞り込みのときにグループがわからなくなります。</translation>
    </message>
    <message>
        <source>Unit written in the cells</source>
        <translation>セルに単位が書かれている</translation>
    </message>
    <message>
        <source>The unit is written in the cells (円, 人) but not in the heading. Once the numbers are cleaned the unit would be lost; put it in the heading.</source>
        <translation>単位（円、人）がセルに書かれていて、見出しにはありません。数値を整理すると単位が失われるため、見出しに書いてください。</translation>
    </message>
    <message>
        <source>Characters other systems may not show</source>
        <translation>ほかのシステムで正しく表示されない可能性のある文字</translation>
    </message>
    <message>
        <source>Values use characters that depend on the computer (機種依存文字): circled numbers ①, ㈱, ㍻, Roman numerals Ⅰ or half-width katakana ｶﾅ. Other systems may show them wrongly or sort them apart.</source>
        <translation>値に機種依存文字（丸数字①、㈱、㍻、ローマ数字Ⅰ、半角カタカナｶﾅ）が使われています。ほかのシステムでは正しく表示されなかったり、並べ替えで別の位置に並んだりすることがあります。</translation>
    </message>
    <message>
        <source>Roman numerals are not changed by the suggested step; replace them by hand.</source>
        <translation>提案したステップではローマ数字は変換されません。手作業で置き換えてください。</translation>
    </message>
    <message>
        <source>Dates in 和暦 or as serial numbers</source>
        <translation>和暦やシリアル値で書かれた日付</translation>
    </message>
    <message>
        <source>Dates are written in the Japanese era (令和3年4月1日, R3.4.1) without the western year, or as Excel serial numbers. Write dates in the western calendar (2021-04-01), or add it beside the era.</source>
        <translation>日付が西暦なしの和暦（令和3年4月1日、R3.4.1）か、Excelのシリアル値で書かれています。日付は西暦（2021-04-01）で書くか、和暦の横に西暦を加えてください。</translation>
    </message>
    <message>
        <source>Symbols in a column of numbers</source>
        <translation>数値の列にある記号</translation>
    </message>
    <message>
        <source>A column of numbers holds symbols such as “-”, “…” or “x” (none, secret, unknown). Software reads the column as text. Explain each symbol in a note, and keep it out of the numbers if you can.</source>
        <translation>数値の列に「-」「…」「x」（該当なし、秘匿、不明）などの記号が入っています。ソフトウェアはその列を文字列として読みます。各記号の意味を注記で説明し、できれば数値の列には入れないでください。</translation>
    </message>
    <message>
        <source>Formulas turned into values</source>
        <translation>数式の値への変換</translation>
    </message>
    <message>
        <source>Tenarai reads the value each formula last calculated, not the formula, so it cannot tell whether cells still hold formulas. Check in Excel (Formulas &gt; Show Formulas).</source>
        <translation>Tenaraiは数式ではなく、各数式が最後に計算した値を読み込むため、セルにまだ数式が残っているかどうかは判断できません。Excelで確認してください（[数式] &gt; [数式の表示]）。</translation>
    </message>
    <message>
        <source>No pictures, shapes or text boxes</source>
        <translation>画像・図形・テキストボックスがないこと</translation>
    </message>
    <message>
        <source>Tenarai does not read pictures, shapes, text boxes or comments. Look at the sheet in Excel.</source>
        <translation>Tenaraiは画像、図形、テキストボックス、コメントを読み込みません。Excelでシートを確認してください。</translation>
    </message>
    <message>
        <source>Units stated</source>
        <translation>単位の記載</translation>
    </message>
    <message>
        <source>Only units written inside cells are found. Whether each column of numbers says its unit in the heading is for you to check.</source>
        <translation>見つけられるのは、セルの中に書かれた単位だけです。数値の各列で見出しに単位が書かれているかは、ご自身で確認してください。</translation>
    </message>
    <message>
        <source>Region codes or names</source>
        <translation>地域コードまたは地域名</translation>
    </message>
    <message>
        <source>Whether the table needs a region code or region name depends on what it describes.</source>
        <translation>表に地域コードや地域名が必要かどうかは、表の内容によって決まります。</translation>
    </message>
    <message>
        <source>Blank rows inside the table</source>
        <translation>表の途中の空白行</translation>
    </message>
    <message>
        <source>Blank rows split the data. Software stops at the first blank row or counts it as a record.</source>
        <translation>空白行がデータを分断しています。ソフトウェアは最初の空白行で読み込みを止めるか、空白行を1件のデータとして数えます。</translation>
    </message>
    <message>
        <source>Blank columns</source>
        <translation>空白列</translation>
    </message>
    <message>
        <source>Columns with neither a heading nor data split the table or pad it. Remove them.</source>
        <translation>見出しもデータもない列が、表を分断したり余分な列になったりしています。削除してください。</translation>
    </message>
    <message>
        <source>More than one table on the sheet</source>
        <translation>1つのシートに複数の表</translation>
    </message>
    <message>
        <source>After a blank row the headings appear again: a second table starts there. Put each table on its own sheet, or join them into one with a column that says which part a row belongs to.</source>
        <translation>空白行の後に見出しがもう一度現れています。そこから2つ目の表が始まっています。表ごとに別のシートに分けるか、各行がどの部分のものかを示す列を加えて1つの表にまとめてください。</translation>
    </message>
    <message>
        <source> Only %1 of the %2 rows were checked one by one (evenly spread); the count is for those rows.</source>
        <extracomment>Appended to a finding&apos;s explanation; starts with the space that separates it in English.</extracomment>
        <translation>%2行のうち、均等に選んだ%1行だけを1行ずつ確認しました。件数はその行についてのものです。</translation>
    </message>
</context>
<context>
    <name>tenarai::DiagnosisPanel</name>
    <message>
        <source>Check again</source>
        <translation>もう一度チェック</translation>
    </message>
    <message>
        <source>Check the table shown now, after the selected step</source>
        <translation>選択したステップの後の、いま表示している表をチェックします</translation>
    </message>
    <message>
        <source>Fix with a step</source>
        <translation>ステップで直す</translation>
    </message>
    <message>
        <source>Add the step that fixes this; Undo removes it again</source>
        <translation>これを直すステップを追加します。「元に戻す」で取り消せます</translation>
    </message>
    <message>
        <source>Problems found in the table</source>
        <translation>表で見つかった問題</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1をチェックしています…</translation>
    </message>
    <message>
        <source>Checked %1 against the national rules for machine-readable tables.</source>
        <translation>%1を、機械判読に適したデータの国の統一ルールでチェックしました。</translation>
    </message>
    <message>
        <source>%1 of its %2 rows were looked at one by one.</source>
        <translation>%2行のうち%1行を1行ずつ確認しました。</translation>
    </message>
    <message>
        <source>Open a file to check it.</source>
        <translation>チェックするファイルを開いてください。</translation>
    </message>
    <message>
        <source>Use row %1 as the column names</source>
        <translation>%1行目を列名にする</translation>
    </message>
    <message>
        <source>No problems found against the national rules for machine-readable tables.</source>
        <translation>機械判読に適したデータの国の統一ルールに照らして、問題は見つかりませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 (%n cell(s))</source>
        <translation>
            <numerusform>%1 %2（%n個のセル）</numerusform>
        </translation>
    </message>
    <message>
        <source>Software reads the table wrongly because of this.</source>
        <translation>このためにソフトウェアが表を正しく読めません。</translation>
    </message>
    <message>
        <source>Readable, but every user has to clean this up.</source>
        <translation>読めますが、使う人がそれぞれ手直しする必要があります。</translation>
    </message>
    <message>
        <source>%1 %2 (not checked: %3)</source>
        <translation>%1 %2（チェックしていません: %3）</translation>
    </message>
    <message>
        <source>Steps find columns by their names, and these columns have none yet. Row %1 holds the headings: make them the column names first. Rows above it are dropped.</source>
        <translation>ステップは列を名前で探しますが、これらの列にはまだ名前がありません。%1行目に見出しがあるので、まずそれを列名にしてください。それより上の行は取り除かれます。</translation>
    </message>
</context>
<context>
    <name>tenarai::EditStepParametersCommand</name>
    <message>
        <source>Change “%1”</source>
        <translation>「%1」を変更</translation>
    </message>
</context>
<context>
    <name>tenarai::EnableStepCommand</name>
    <message>
        <source>Turn on “%1”</source>
        <translation>「%1」をオンにする</translation>
    </message>
    <message>
        <source>Turn off “%1”</source>
        <translation>「%1」をオフにする</translation>
    </message>
</context>
<context>
    <name>tenarai::Error</name>
    <message>
        <source>row %1, column %2</source>
        <translation>%1行目、%2列目</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>%1行目</translation>
    </message>
</context>
<context>
    <name>tenarai::Exercise</name>
    <message>
        <source>line %1, column %2</source>
        <translation>%1行目、%2文字目</translation>
    </message>
    <message>
        <source>The required key %1 is missing.</source>
        <translation>必須のキー%1がありません。</translation>
    </message>
    <message>
        <source>The key %1 is not used by an exercise of this kind and is ignored.</source>
        <translation>キー%1はこの種類の演習では使われないため、無視します。</translation>
    </message>
    <message>
        <source>The key %1 is not part of the exercise format and is ignored.</source>
        <translation>キー%1は演習の形式にないため、無視します。</translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation>%1は文字列にしてください。</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1が%2文字を超えています。</translation>
    </message>
    <message>
        <source>A Japanese text is needed here.</source>
        <translation>ここには日本語のテキストが必要です。</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1はtrueかfalseにしてください。</translation>
    </message>
    <message>
        <source>%1 must be a number from 0 to 1.</source>
        <translation>%1は0以上1以下の数値にしてください。</translation>
    </message>
    <message>
        <source>A file path must be text.</source>
        <translation>ファイルのパスは文字列にしてください。</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1はオブジェクトにしてください。</translation>
    </message>
    <message>
        <source>“sheetIndex” must be a whole number, 0 or more.</source>
        <translation>“sheetIndex”は0以上の整数にしてください。</translation>
    </message>
    <message>
        <source>“compare” must be an object.</source>
        <translation>“compare”はオブジェクトにしてください。</translation>
    </message>
    <message>
        <source>“numberTolerance” must be a number, 0 or more.</source>
        <translation>“numberTolerance”は0以上の数値にしてください。</translation>
    </message>
    <message>
        <source>“keyColumns” must be a list of column names.</source>
        <translation>“keyColumns”は列名のリストにしてください。</translation>
    </message>
    <message>
        <source>“keyColumns” has more than %1 entries.</source>
        <translation>“keyColumns”の要素が%1個を超えています。</translation>
    </message>
    <message>
        <source>Each key column must be a column name.</source>
        <translation>キー列はそれぞれ列名にしてください。</translation>
    </message>
    <message>
        <source>The key column “%1” is listed twice.</source>
        <translation>キー列「%1」が2回指定されています。</translation>
    </message>
    <message>
        <source>“keyColumns” is used only together with “ignoreRowOrder”: true.</source>
        <translation>“keyColumns”は、“ignoreRowOrder”: true と一緒に指定したときだけ使われます。</translation>
    </message>
    <message>
        <source>An option must be a JSON object.</source>
        <translation>選択肢はJSONオブジェクトにしてください。</translation>
    </message>
    <message>
        <source>An option id may hold only a–z, 0–9 and “-”, and must start with a letter or digit.</source>
        <translation>選択肢のIDに使えるのは a–z、0–9 と“-”だけです。また、先頭は英字か数字にしてください。</translation>
    </message>
    <message>
        <source>A question must be a JSON object.</source>
        <translation>問題はJSONオブジェクトにしてください。</translation>
    </message>
    <message>
        <source>A question id may hold only a–z, 0–9 and “-”, and must start with a letter or digit.</source>
        <translation>問題のIDに使えるのは a–z、0–9 と“-”だけです。また、先頭は英字か数字にしてください。</translation>
    </message>
    <message>
        <source>Unknown question type “%1”; use “single”, “multiple” or “ordering”.</source>
        <translation>問題の種類“%1”には対応していません。“single”、“multiple”、“ordering”のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>“options” must be a list.</source>
        <translation>“options”はリストにしてください。</translation>
    </message>
    <message>
        <source>A question needs from 2 to %1 options.</source>
        <translation>問題には選択肢が2～%1個必要です。</translation>
    </message>
    <message>
        <source>The option id “%1” is used twice in this question.</source>
        <translation>選択肢のID「%1」が、この問題で2回使われています。</translation>
    </message>
    <message>
        <source>“correct” must be a list of option ids.</source>
        <translation>“correct”は選択肢のIDのリストにしてください。</translation>
    </message>
    <message>
        <source>“correct” has more than %1 entries.</source>
        <translation>“correct”の要素が%1個を超えています。</translation>
    </message>
    <message>
        <source>Each entry of “correct” must be an option id.</source>
        <translation>“correct”の要素はすべて選択肢のIDにしてください。</translation>
    </message>
    <message>
        <source>The option “%1” is listed twice in “correct”.</source>
        <translation>選択肢「%1」が“correct”に2回指定されています。</translation>
    </message>
    <message>
        <source>The question has no option “%1”.</source>
        <translation>この問題に選択肢「%1」はありません。</translation>
    </message>
    <message>
        <source>A single-choice question needs exactly one correct option.</source>
        <translation>1つだけ選ぶ問題には、正解の選択肢がちょうど1つ必要です。</translation>
    </message>
    <message>
        <source>A multiple-choice question needs at least one correct option.</source>
        <translation>複数選ぶ問題には、正解の選択肢が1つ以上必要です。</translation>
    </message>
    <message>
        <source>An ordering question must list every option once in “correct”, in the right order.</source>
        <translation>並べ替えの問題では、“correct”にすべての選択肢を1回ずつ、正しい順に並べてください。</translation>
    </message>
    <message>
        <source>“questions” must be a list.</source>
        <translation>“questions”はリストにしてください。</translation>
    </message>
    <message>
        <source>A quiz needs from 1 to %1 questions.</source>
        <translation>クイズには問題が1～%1問必要です。</translation>
    </message>
    <message>
        <source>The question id “%1” is used twice.</source>
        <translation>問題のID「%1」が2回使われています。</translation>
    </message>
    <message>
        <source>An exercise id may hold only a–z, 0–9 and “-”, and must start with a letter or digit.</source>
        <translation>演習のIDに使えるのは a–z、0–9 と“-”だけです。また、先頭は英字か数字にしてください。</translation>
    </message>
    <message>
        <source>Unknown exercise kind “%1”; use “cleaning”, “form” or “quiz”.</source>
        <translation>演習の種類“%1”には対応していません。“cleaning”、“form”、“quiz”のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>“hints” must be a list of texts.</source>
        <translation>“hints”は文字列のリストにしてください。</translation>
    </message>
    <message>
        <source>An exercise may have at most %1 hints.</source>
        <translation>演習のヒントは%1個までです。</translation>
    </message>
    <message>
        <source>“wrongSolutions” must be a list of file paths.</source>
        <translation>“wrongSolutions”はファイルのパスのリストにしてください。</translation>
    </message>
    <message>
        <source>An exercise may list at most %1 wrong solutions.</source>
        <translation>演習に指定できる誤答例は%1個までです。</translation>
    </message>
    <message>
        <source>“version” must be a whole number, 1 or more.</source>
        <translation>“version”は1以上の整数にしてください。</translation>
    </message>
    <message>
        <source>This file needs a newer Tenarai: it is written in format %1, and this version reads format %2 and older.</source>
        <translation>このファイルを読み込むには、新しいバージョンのTenaraiが必要です。ファイルは形式%1で書かれていますが、このバージョンで読めるのは形式%2以前です。</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1.</source>
        <translation>ファイルが正しいJSONではありません（%1）。</translation>
    </message>
    <message>
        <source>The file must be a JSON object.</source>
        <translation>ファイルはJSONオブジェクトにしてください。</translation>
    </message>
    <message>
        <source>The exercise file is larger than %1 MiB.</source>
        <translation>演習のファイルが%1 MiBを超えています。</translation>
    </message>
    <message>
        <source>This is not a Tenarai exercise (“format” must be “%1”).</source>
        <translation>Tenaraiの演習ではありません（“format”は“%1”にしてください）。</translation>
    </message>
</context>
<context>
    <name>tenarai::ExerciseChecker</name>
    <message>
        <source>the answer to exercise “%1”</source>
        <translation>演習「%1」の解答</translation>
    </message>
    <message>
        <source>Exercise “%1” is a %2 exercise, not a %3 exercise.</source>
        <translation>演習「%1」の種類は“%2”で、“%3”ではありません。</translation>
    </message>
    <message>
        <source>Checking was cancelled.</source>
        <translation>答え合わせをキャンセルしました。</translation>
    </message>
    <message>
        <source>Step %1 could not run: %2</source>
        <translation>ステップ%1を実行できませんでした: %2</translation>
    </message>
    <message>
        <source>This item of the task is not met yet.</source>
        <translation>課題のこの項目は、まだ満たされていません。</translation>
    </message>
    <message>
        <source>The form meets every item of the task.</source>
        <translation>フォームは課題のすべての項目を満たしています。</translation>
    </message>
    <message>
        <source>%1 of %2 items met</source>
        <translation>%2項目中%1項目を満たしています</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>まだ解答していません。</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>正解です。</translation>
    </message>
    <message>
        <source>Not right yet.</source>
        <translation>まだ正解ではありません。</translation>
    </message>
    <message>
        <source>%1 of %2 questions right</source>
        <translation>%2問中%1問正解</translation>
    </message>
    <message>
        <source>The file has no sheet to make a form from.</source>
        <translation>このファイルには、フォームの作成に使えるシートがありません。</translation>
    </message>
    <message numerus="yes">
        <source>Every item of the task is met, but the form has %n problem(s) to fix first.</source>
        <translation>
            <numerusform>課題の項目はすべて満たしていますが、先に直す必要がある問題がフォームに%n件あります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenarai::FillDownStep</name>
    <message>
        <source>Fill down</source>
        <translation>空欄を上の値で埋める</translation>
    </message>
</context>
<context>
    <name>tenarai::FilterRowsStep</name>
    <message>
        <source>Column to test</source>
        <translation>条件を調べる列</translation>
    </message>
    <message>
        <source>Keep rows where the value</source>
        <translation>残す行の条件（値が）</translation>
    </message>
    <message>
        <source>equals</source>
        <translation>次と等しい</translation>
    </message>
    <message>
        <source>does not equal</source>
        <translation>次と等しくない</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>次を含む</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>次を含まない</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>次で始まる</translation>
    </message>
    <message>
        <source>ends with</source>
        <translation>次で終わる</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>空でない</translation>
    </message>
    <message>
        <source>is greater than</source>
        <translation>次より大きい</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>次より小さい</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>次以上</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>次以下</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Numbers and dates compare as numbers and dates; not needed for “is empty”.</source>
        <translation>数値や日付は、数値・日付として比べます。「空」「空でない」では入力不要です。</translation>
    </message>
    <message>
        <source>“column” must name the column to test.</source>
        <translation>“column”には条件を調べる列を指定してください。</translation>
    </message>
    <message>
        <source>“value” must be the text or number to compare with (for empty cells, use “isEmpty”).</source>
        <translation>“value”には比べる文字列か数値を指定してください（空のセルを調べるには“isEmpty”を使います）。</translation>
    </message>
    <message>
        <source>“value” must be text.</source>
        <translation>“value”は文字列にしてください。</translation>
    </message>
    <message>
        <source>“%1” is not a number, so it cannot be compared with %2; the row was left out.</source>
        <translation>「%1」は数値ではないため、%2と比べられません。この行は除外しました。</translation>
    </message>
    <message>
        <source>“%1” is not a date, so it cannot be compared with %2; the row was left out.</source>
        <translation>「%1」は日付ではないため、%2と比べられません。この行は除外しました。</translation>
    </message>
    <message>
        <source>Keep matching rows</source>
        <translation>条件に合う行を残す</translation>
    </message>
</context>
<context>
    <name>tenarai::FolderPackSource</name>
    <message>
        <source>The pack folder cannot be found.</source>
        <translation>パックのフォルダーが見つかりません。</translation>
    </message>
    <message>
        <source>The pack folder has more than %1 files and folders.</source>
        <translation>パックのフォルダー内のファイルとフォルダーが、合わせて%1個を超えています。</translation>
    </message>
    <message>
        <source>The entry is a link (a symbolic link or junction); a pack may not contain links.</source>
        <translation>このエントリはリンク（シンボリックリンクまたはジャンクション）です。パックにリンクを含めることはできません。</translation>
    </message>
    <message>
        <source>The entry is not a regular file (a device, pipe or socket), which a pack may not contain.</source>
        <translation>このエントリは通常のファイルではありません（デバイス、パイプまたはソケット）。パックにこのようなエントリを含めることはできません。</translation>
    </message>
    <message>
        <source>The file name differs from “%1” only in upper and lower case; the two would clash on Windows.</source>
        <translation>このファイル名は「%1」と大文字・小文字だけが異なります。Windowsでは同じ名前として扱われ、衝突します。</translation>
    </message>
    <message>
        <source>The file is %1 bytes, more than the limit of %2.</source>
        <translation>このファイルは%1バイトあり、上限の%2バイトを超えています。</translation>
    </message>
    <message>
        <source>The files of the pack are more than the limit of %1 bytes together.</source>
        <translation>パック内のファイルの合計が、上限の%1バイトを超えています。</translation>
    </message>
    <message>
        <source>The file is not in the pack.</source>
        <translation>このファイルはパックにありません。</translation>
    </message>
    <message>
        <source>The file now leads outside the pack folder or through a link; open the pack again.</source>
        <translation>このファイルは現在、パックのフォルダーの外、またはリンクの先を指しています。パックを開き直してください。</translation>
    </message>
    <message>
        <source>The file is no longer a regular file; open the pack again.</source>
        <translation>このファイルは通常のファイルではなくなっています。パックを開き直してください。</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>ファイルを読み込めません: %1</translation>
    </message>
    <message>
        <source>The file changed while it was being read; open the pack again.</source>
        <translation>読み込み中にファイルが変更されました。パックを開き直してください。</translation>
    </message>
</context>
<context>
    <name>tenarai::Form</name>
    <message>
        <source>This must be text in double quotes.</source>
        <translation>この値は二重引用符（&quot;）で囲んだ文字列にしてください。</translation>
    </message>
    <message>
        <source>This text is longer than %1 characters.</source>
        <translation>この文字列が%1文字を超えています。</translation>
    </message>
    <message>
        <source>This must be true or false.</source>
        <translation>この値はtrueかfalseにしてください。</translation>
    </message>
    <message>
        <source>This must be a number.</source>
        <translation>この値は数値にしてください。</translation>
    </message>
    <message>
        <source>This must be a whole number from 0 to %1.</source>
        <translation>この値は0以上%1以下の整数にしてください。</translation>
    </message>
    <message>
        <source>This must be a date written as YYYY-MM-DD, for example 2024-04-01.</source>
        <translation>この値はYYYY-MM-DDの形の日付にしてください（例: 2024-04-01）。</translation>
    </message>
    <message>
        <source>This must be an object { … }.</source>
        <translation>この値はオブジェクト { … } にしてください。</translation>
    </message>
    <message>
        <source>The id of the field the condition looks at is missing.</source>
        <translation>条件で参照する項目のIDがありません。</translation>
    </message>
    <message>
        <source>The condition must be “hasValue”, “equals” or “notEquals”.</source>
        <translation>条件は“hasValue”、“equals”、“notEquals”のいずれかにしてください。</translation>
    </message>
    <message>
        <source>A field must be an object { … }.</source>
        <translation>項目はオブジェクト { … } にしてください。</translation>
    </message>
    <message>
        <source>The field has no “id” (text in double quotes).</source>
        <translation>項目に“id”（二重引用符で囲んだ文字列）がありません。</translation>
    </message>
    <message>
        <source>The field has no “type” (text in double quotes).</source>
        <translation>項目に“type”（二重引用符で囲んだ文字列）がありません。</translation>
    </message>
    <message>
        <source>Unknown field type “%1”; the types are %2.</source>
        <translation>項目の種類“%1”には対応していません。使える種類: %2。</translation>
    </message>
    <message>
        <source>The choices must be a list [ … ] of texts.</source>
        <translation>選択肢は文字列のリスト [ … ] にしてください。</translation>
    </message>
    <message>
        <source>A field may have at most %1 choices.</source>
        <translation>1つの項目に置ける選択肢は%1個までです。</translation>
    </message>
    <message>
        <source>A choice must be text in double quotes.</source>
        <translation>選択肢は二重引用符で囲んだ文字列にしてください。</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Multi-line text</source>
        <translation>複数行テキスト</translation>
    </message>
    <message>
        <source>Whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>Decimal number</source>
        <translation>小数</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Choice (one)</source>
        <translation>選択（1つ）</translation>
    </message>
    <message>
        <source>Choices (several)</source>
        <translation>選択（複数）</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>はい/いいえ</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Note (no answer)</source>
        <translation>説明文（回答なし）</translation>
    </message>
    <message>
        <source>The form&apos;s title is longer than %1 characters.</source>
        <translation>フォームのタイトルが%1文字を超えています。</translation>
    </message>
    <message>
        <source>The form has no fields yet.</source>
        <translation>フォームにはまだ項目がありません。</translation>
    </message>
    <message>
        <source>The form has %1 fields; a form may have at most %2.</source>
        <translation>フォームに項目が%1個あります。1つのフォームに置ける項目は%2個までです。</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>（項目名なし）</translation>
    </message>
    <message>
        <source>“%1” (id “%2”)</source>
        <translation>「%1」（ID「%2」）</translation>
    </message>
    <message>
        <source>The field “%1” has no id.</source>
        <translation>項目「%1」にIDがありません。</translation>
    </message>
    <message>
        <source>The id of the field %1 may only hold the letters A–Z and a–z, digits, “_” and “-”, at most %2 of them.</source>
        <translation>項目%1のIDに使えるのは半角英字（A～Z、a～z）、数字、“_”、“-”だけで、%2文字までです。</translation>
    </message>
    <message>
        <source>The field %1 has the same id as an earlier field; each id must be different.</source>
        <translation>項目%1のIDが、前にある項目と同じです。IDは項目ごとに別のものにしてください。</translation>
    </message>
    <message>
        <source>The field %1 has no label.</source>
        <translation>項目%1に項目名がありません。</translation>
    </message>
    <message>
        <source>The note %1 has no text.</source>
        <translation>説明文%1に本文がありません。</translation>
    </message>
    <message>
        <source>The label of the field %1 is longer than %2 characters.</source>
        <translation>項目%1の項目名が%2文字を超えています。</translation>
    </message>
    <message>
        <source>The field %1 has no choices.</source>
        <translation>項目%1に選択肢がありません。</translation>
    </message>
    <message>
        <source>The field %1 has more than %2 choices.</source>
        <translation>項目%1の選択肢が%2個を超えています。</translation>
    </message>
    <message>
        <source>The field %1 has an empty choice.</source>
        <translation>項目%1に空の選択肢があります。</translation>
    </message>
    <message>
        <source>The choice “%1” of the field %2 starts or ends with a space or holds a line break.</source>
        <translation>項目%2の選択肢「%1」の前後に空白があるか、改行が含まれています。</translation>
    </message>
    <message>
        <source>The field %1 has the choice “%2” twice.</source>
        <translation>項目%1に選択肢「%2」が2つあります。</translation>
    </message>
    <message>
        <source>The field %1 has a minimum (%2) above its maximum (%3).</source>
        <translation>項目%1の最小値（%2）が最大値（%3）より大きくなっています。</translation>
    </message>
    <message>
        <source>The field %1 has a minimum length (%2) above its maximum length (%3).</source>
        <translation>項目%1の最小文字数（%2）が最大文字数（%3）より大きくなっています。</translation>
    </message>
    <message>
        <source>The field %1 has an earliest date (%2) after its latest date (%3).</source>
        <translation>項目%1の最も早い日付（%2）が最も遅い日付（%3）より後になっています。</translation>
    </message>
    <message>
        <source>The field %1 asks for at least %2 choices but at most %3.</source>
        <translation>項目%1は%2個以上を選ぶよう求めていますが、上限が%3個になっています。</translation>
    </message>
    <message>
        <source>The field %1 asks for at least %2 choices but offers only %3.</source>
        <translation>項目%1は%2個以上を選ぶよう求めていますが、選択肢は%3個しかありません。</translation>
    </message>
    <message>
        <source>The pattern of the field %1 is not a valid regular expression: %2.</source>
        <translation>項目%1のパターンが正しい正規表現ではありません（%2）。</translation>
    </message>
    <message>
        <source>The default of the field %1 is not a valid answer: %2</source>
        <translation>項目%1の初期値は回答として正しくありません: %2</translation>
    </message>
    <message>
        <source>The field %1 is shown depending on its own answer.</source>
        <translation>項目%1の表示条件に、その項目自身の回答が指定されています。</translation>
    </message>
    <message>
        <source>The field %1 is shown depending on a field “%2” that the form does not have.</source>
        <translation>項目%1の表示条件に、フォームにない項目「%2」が指定されています。</translation>
    </message>
    <message>
        <source>The field %1 is shown depending on the field “%2”, which comes after it; it must depend on an earlier field.</source>
        <translation>項目%1の表示条件に、後ろにある項目「%2」が指定されています。表示条件には前にある項目を指定してください。</translation>
    </message>
    <message>
        <source>The field %1 is shown depending on the note “%2”, which has no answer.</source>
        <translation>項目%1の表示条件に説明文「%2」が指定されていますが、説明文には回答がありません。</translation>
    </message>
    <message>
        <source>The condition of the field %1 has no value to compare with.</source>
        <translation>項目%1の表示条件に、比べる値がありません。</translation>
    </message>
    <message>
        <source>The condition of the field %1 must compare with “yes” or “no”.</source>
        <translation>項目%1の表示条件の値は“yes”か“no”にしてください。</translation>
    </message>
    <message>
        <source>The condition of the field %1 compares with “%2”, which is not one of the choices of the field “%3”.</source>
        <translation>項目%1の表示条件の値「%2」は、項目「%3」の選択肢にありません。</translation>
    </message>
    <message>
        <source>The form is larger than %1 MiB.</source>
        <translation>フォームが%1 MiBを超えています。</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>%1行目、%2文字目</translation>
    </message>
    <message>
        <source>The form is not valid JSON at byte %1: %2.</source>
        <translation>フォームが正しいJSONではありません（%1バイト目: %2）。</translation>
    </message>
    <message>
        <source>The form must be a JSON object { … }.</source>
        <translation>フォームはJSONオブジェクト { … } にしてください。</translation>
    </message>
    <message>
        <source>This is not a Tenarai form (“format” must be “%1”).</source>
        <translation>Tenaraiのフォームではありません（“format”は“%1”にしてください）。</translation>
    </message>
    <message>
        <source>“version” must be a whole number, 1 or more.</source>
        <translation>“version”は1以上の整数にしてください。</translation>
    </message>
    <message>
        <source>This form is from a newer Tenarai (format version %1); this version reads format %2 and older. Update Tenarai to open it.</source>
        <translation>このフォームは新しいバージョンのTenaraiで作成されています（形式のバージョン%1）。このバージョンで読めるのは形式%2以前です。開くにはTenaraiを更新してください。</translation>
    </message>
    <message>
        <source>“sections” must be a list [ … ] of sections.</source>
        <translation>“sections”はセクションのリスト [ … ] にしてください。</translation>
    </message>
    <message>
        <source>A form may have at most %1 sections.</source>
        <translation>1つのフォームに置けるセクションは%1個までです。</translation>
    </message>
    <message>
        <source>A section must be an object { … }.</source>
        <translation>セクションはオブジェクト { … } にしてください。</translation>
    </message>
    <message>
        <source>“fields” must be a list [ … ] of fields.</source>
        <translation>“fields”は項目のリスト [ … ] にしてください。</translation>
    </message>
    <message>
        <source>A form may have at most %1 fields.</source>
        <translation>1つのフォームに置ける項目は%1個までです。</translation>
    </message>
    <message>
        <source>The form cannot be opened: %1</source>
        <translation>フォームを開けません: %1</translation>
    </message>
    <message>
        <source>The form cannot be read: %1</source>
        <translation>フォームを読み込めません: %1</translation>
    </message>
    <message>
        <source>The form cannot be saved: %1</source>
        <translation>フォームを保存できません: %1</translation>
    </message>
</context>
<context>
    <name>tenarai::FormCollection</name>
    <message>
        <source>Some answers need fixing: %1.</source>
        <translation>修正が必要な回答があります: %1。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the labels of fields that need fixing</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>The form already holds %1 answers, the most one form can keep; export them and start a new form.</source>
        <translation>このフォームにはすでに%1件の回答があり、1つのフォームに保存できる上限に達しています。回答をエクスポートして、新しいフォームを始めてください。</translation>
    </message>
    <message>
        <source>The answer being edited is no longer in the form (it may have been deleted).</source>
        <translation>編集中の回答がフォームにありません（削除された可能性があります）。</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation>送信日時</translation>
    </message>
    <message>
        <source>Answers can be exported as .xlsx or .csv only; choose a file name that ends in one of them.</source>
        <translation>回答は.xlsxか.csvの形式でのみエクスポートできます。ファイル名の末尾をどちらかにしてください。</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>The form file is larger than %1 MiB.</source>
        <translation>フォームのファイルが%1 MiBを超えています。</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>%1行目、%2文字目</translation>
    </message>
    <message>
        <source>The form file is not valid JSON: %1.</source>
        <translation>フォームのファイルが正しいJSONではありません（%1）。</translation>
    </message>
    <message>
        <source>The form file must be a JSON object.</source>
        <translation>フォームのファイルはJSONオブジェクトにしてください。</translation>
    </message>
    <message>
        <source>This is not a Tenarai form with answers (“format” must be “%1”).</source>
        <translation>回答付きのTenaraiフォームではありません（“format”は“%1”にしてください）。</translation>
    </message>
    <message>
        <source>“version” must be a whole number, 1 or more.</source>
        <translation>“version”は1以上の整数にしてください。</translation>
    </message>
    <message>
        <source>This form was saved by a newer version of Tenarai (format %1); this version reads format %2 and older. Update Tenarai to use it.</source>
        <translation>このフォームは新しいバージョンのTenaraiで保存されています（形式%1）。このバージョンで読めるのは形式%2以前です。使うにはTenaraiを更新してください。</translation>
    </message>
    <message>
        <source>“form” must be an object.</source>
        <translation>“form”はオブジェクトにしてください。</translation>
    </message>
    <message>
        <source>“submissions” must be a list.</source>
        <translation>“submissions”はリストにしてください。</translation>
    </message>
    <message>
        <source>The file holds %1 answers; a form keeps at most %2.</source>
        <translation>ファイルに%1件の回答があります。1つのフォームに保存できる回答は%2件までです。</translation>
    </message>
    <message>
        <source>An answer must be a JSON object.</source>
        <translation>回答はJSONオブジェクトにしてください。</translation>
    </message>
    <message>
        <source>“id” must be a text of 1 to %1 characters.</source>
        <translation>“id”は1～%1文字の文字列にしてください。</translation>
    </message>
    <message>
        <source>The id “%1” is used by two answers.</source>
        <translation>ID「%1」が2つの回答で使われています。</translation>
    </message>
    <message>
        <source>“submittedAt” must be a date and time such as 2024-04-01T09:30:00Z.</source>
        <translation>“submittedAt”は2024-04-01T09:30:00Zのような日時にしてください。</translation>
    </message>
    <message>
        <source>“updatedAt” must be a date and time such as 2024-04-01T09:30:00Z.</source>
        <translation>“updatedAt”は2024-04-01T09:30:00Zのような日時にしてください。</translation>
    </message>
    <message>
        <source>“values” must be an object.</source>
        <translation>“values”はオブジェクトにしてください。</translation>
    </message>
    <message>
        <source>A value must name its field.</source>
        <translation>値には、どの項目の値かを指定してください。</translation>
    </message>
    <message>
        <source>A value must be an object with “kind” and “value”.</source>
        <translation>値は“kind”と“value”を持つオブジェクトにしてください。</translation>
    </message>
    <message>
        <source>Unknown kind of value “%1”.</source>
        <translation>値の種類“%1”には対応していません。</translation>
    </message>
    <message>
        <source>A text value must be a JSON string.</source>
        <translation>文字列の値はJSONの文字列にしてください。</translation>
    </message>
    <message>
        <source>A number value must be a JSON number.</source>
        <translation>数値の値はJSONの数値にしてください。</translation>
    </message>
    <message>
        <source>A yes/no value must be true or false.</source>
        <translation>はい/いいえの値はtrueかfalseにしてください。</translation>
    </message>
    <message>
        <source>A date value must be a date such as 2024-04-01.</source>
        <translation>日付の値は2024-04-01のような日付にしてください。</translation>
    </message>
    <message>
        <source>A date-time value must be such as 2024-04-01T09:30:00.</source>
        <translation>日付と時刻の値は2024-04-01T09:30:00のような形にしてください。</translation>
    </message>
    <message>
        <source>A time value must be a whole number of milliseconds.</source>
        <translation>時刻の値はミリ秒単位の整数にしてください。</translation>
    </message>
    <message>
        <source>An error value must be its code, such as #N/A.</source>
        <translation>エラー値は#N/Aのようなエラーコードにしてください。</translation>
    </message>
    <message>
        <source>“draft” must be an object.</source>
        <translation>“draft”はオブジェクトにしてください。</translation>
    </message>
    <message>
        <source>A draft answer must be a JSON string.</source>
        <translation>下書きの回答はJSONの文字列にしてください。</translation>
    </message>
    <message>
        <source>“draftSubmissionId” must be a text.</source>
        <translation>“draftSubmissionId”は文字列にしてください。</translation>
    </message>
    <message>
        <source>The draft edits the answer “%1”, which is not in the file.</source>
        <translation>下書きで編集している回答「%1」が、ファイルにありません。</translation>
    </message>
    <message>
        <source>The form file does not exist.</source>
        <translation>フォームのファイルがありません。</translation>
    </message>
    <message>
        <source>The form file cannot be opened: %1</source>
        <translation>フォームのファイルを開けません: %1</translation>
    </message>
    <message>
        <source>The form file cannot be read: %1</source>
        <translation>フォームのファイルを読み込めません: %1</translation>
    </message>
    <message>
        <source>The form cannot be saved to %1: %2</source>
        <translation>フォームを「%1」に保存できません: %2</translation>
    </message>
</context>
<context>
    <name>tenarai::FormCommand</name>
    <message>
        <source>infer: the sheet to read, by name or position counted from 0. By default the first worksheet.</source>
        <translation>infer: 読み込むシート。名前か、0から数えた位置で指定します。省略すると最初のワークシートを読み込みます。</translation>
    </message>
    <message>
        <source>sheet</source>
        <translation>sheet</translation>
    </message>
    <message>
        <source>infer: the row that holds the headings, counted from 1, instead of finding it.</source>
        <translation>infer: 見出しのある行を、自動で探す代わりに1から数えた行番号で指定します。</translation>
    </message>
    <message>
        <source>row</source>
        <translation>row</translation>
    </message>
    <message>
        <source>infer: also write why each field got its type to standard error.</source>
        <translation>infer: 各項目の種類を選んだ理由も標準エラー出力に書き出します。</translation>
    </message>
    <message>
        <source>infer: write the form to this file instead of standard output.</source>
        <translation>infer: 標準出力ではなく、このファイルにフォームを書き出します。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>check: compare the form with this rubric file.</source>
        <translation>check: フォームをこの評価基準ファイルと比べます。</translation>
    </message>
    <message>
        <source>check: print JSON with stable English keys instead of text.</source>
        <translation>check: テキストではなく、英語の固定キーを使ったJSONを出力します。</translation>
    </message>
    <message>
        <source>Propose a form from a spreadsheet, or check a form against a lesson&apos;s rubric.</source>
        <translation>表からフォームの案を作るか、レッスンの評価基準でフォームをチェックします。</translation>
    </message>
    <message>
        <source>[options] infer IN | check FORM.json</source>
        <translation>[options] infer IN | check FORM.json</translation>
    </message>
    <message>
        <source>infer IN: find the header of a table (.xlsx, .csv …), also below a title block or over two rows, and write a form with one field per column, its type, choices and required flag guessed from the values, as JSON.
check FORM.json: with --rubric, print PASS or FAIL per rubric item and what is missing; without, list what makes the form unusable. Exit status: 0 when all passes, 1 when something fails, 2 when a file cannot be checked.</source>
        <translation>infer IN: 表（.xlsx、.csv など）の見出しを探し（タイトル部分の下にある見出しや2行にわたる見出しにも対応）、列ごとに1つの項目を持つフォームをJSONで書き出します。項目の種類、選択肢、必須かどうかは値から推測します。
check FORM.json: --rubric を指定すると、評価基準の項目ごとに PASS または FAIL と、足りない点を表示します。指定しなければ、フォームが使えない原因を一覧にします。終了コード: すべて合格なら0、不合格があれば1、ファイルを調べられなければ2。</translation>
    </message>
    <message>
        <source>infer or check, and its file.</source>
        <translation>infer または check と、その対象のファイル。</translation>
    </message>
    <message>
        <source>Say what to do: infer IN or check FORM.json.</source>
        <translation>何をするか指定してください: infer IN または check FORM.json。</translation>
    </message>
    <message>
        <source>Unknown action “%1”; use infer or check.</source>
        <translation>「%1」という操作はありません。infer または check を指定してください。</translation>
    </message>
    <message>
        <source>Give exactly one table to infer a form from: infer IN.</source>
        <translation>フォームの案を作る表を1つだけ指定してください: infer IN。</translation>
    </message>
    <message>
        <source>Give exactly one form to check: check FORM.json.</source>
        <translation>チェックするフォームを1つだけ指定してください: check FORM.json。</translation>
    </message>
    <message>
        <source>--%1 does not work with %2.</source>
        <translation>--%1 は %2 では使えません。</translation>
    </message>
    <message>
        <source>--header-row takes a row number counted from 1, not “%1”.</source>
        <translation>--header-row には1から数えた行番号を指定してください（「%1」は使えません）。</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>「%1」を読み込み中</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of answers.</source>
        <translation>
            <numerusform>回答は%n行です。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 “%2” (column %3): %4%5</source>
        <translation>%1「%2」（%3列）: %4%5</translation>
    </message>
    <message>
        <source>, required</source>
        <translation>、必須</translation>
    </message>
    <message>
        <source>Offered: %1</source>
        <translation>選択肢: %1</translation>
    </message>
    <message>
        <source>%1: no problems found.</source>
        <translation>%1: 問題は見つかりませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s).</source>
        <translation>
            <numerusform>問題が%n件あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation>ヒント: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n rubric item(s) pass.</source>
        <translation>
            <numerusform>%1: 評価基準の%n項目のうち%2項目が合格です。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenarai::FormDesigner</name>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上へ移動(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下へ移動(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Fields</source>
        <translation>項目(&amp;F)</translation>
    </message>
    <message>
        <source>Sections and fields</source>
        <translation>セクションと項目</translation>
    </message>
    <message>
        <source>Drag a field to move it, also into another section.</source>
        <translation>項目はドラッグして移動できます。別のセクションにも移せます。</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>項目を追加</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>セクションを追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <source>Move the selected field up (Alt+Shift+Up)</source>
        <translation>選択した項目を上へ移動します（Alt+Shift+Up）。</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <source>Move the selected field down (Alt+Shift+Down)</source>
        <translation>選択した項目を下へ移動します（Alt+Shift+Down）。</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>セクション</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>見出し</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>項目名</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Saved answers are kept under this name; it does not change when the label does.</source>
        <translation>保存した回答はこのIDで管理されます。項目名を変えてもIDは変わりません。</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>補足説明</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>初期値</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>選択肢</translation>
    </message>
    <message>
        <source>One choice per line, in the order shown.</source>
        <translation>選択肢を1行に1つずつ、表示する順に書きます。</translation>
    </message>
    <message>
        <source>Smallest value</source>
        <translation>最小値</translation>
    </message>
    <message>
        <source>Largest value</source>
        <translation>最大値</translation>
    </message>
    <message>
        <source>Fewest characters</source>
        <translation>最小文字数</translation>
    </message>
    <message>
        <source>Most characters</source>
        <translation>最大文字数</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>パターン</translation>
    </message>
    <message>
        <source>A regular expression that the whole answer must match.</source>
        <translation>回答全体が一致しなければならない正規表現です。</translation>
    </message>
    <message>
        <source>Message when it does not match</source>
        <translation>一致しないときのメッセージ</translation>
    </message>
    <message>
        <source>Earliest date</source>
        <translation>最も早い日付</translation>
    </message>
    <message>
        <source>Latest date</source>
        <translation>最も遅い日付</translation>
    </message>
    <message>
        <source>Fewest choices</source>
        <translation>最小選択数</translation>
    </message>
    <message>
        <source>Most choices</source>
        <translation>最大選択数</translation>
    </message>
    <message>
        <source>Show only when</source>
        <translation>表示条件</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>is answered</source>
        <translation>回答がある</translation>
    </message>
    <message>
        <source>equals</source>
        <translation>次の値と等しい</translation>
    </message>
    <message>
        <source>is answered and is not</source>
        <translation>回答があり、次の値と異なる</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Why proposed</source>
        <translation>提案の理由</translation>
    </message>
    <message>
        <source>Preview: how the form looks to the person filling it in</source>
        <translation>プレビュー: 入力する人から見たフォーム</translation>
    </message>
    <message>
        <source>Preview of the form</source>
        <translation>フォームのプレビュー</translation>
    </message>
    <message>
        <source>Problems of the form</source>
        <translation>フォームの問題</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>元に戻す: %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>やり直す: %1</translation>
    </message>
    <message>
        <source>Remove field</source>
        <translation>項目を削除</translation>
    </message>
    <message>
        <source>Remove section</source>
        <translation>セクションを削除</translation>
    </message>
    <message>
        <source>Choice 1</source>
        <translation>選択肢1</translation>
    </message>
    <message>
        <source>Choice 2</source>
        <translation>選択肢2</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>「%1」を追加</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>新しいセクション</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>「%1」を削除</translation>
    </message>
    <message>
        <source>Move section</source>
        <translation>セクションを移動</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>「%1」を移動</translation>
    </message>
    <message>
        <source>Choose a field on the left to change it, or add one.</source>
        <translation>変更する項目を左から選ぶか、項目を追加してください。</translation>
    </message>
    <message>
        <source>(always shown)</source>
        <translation>（常に表示）</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>No problems: the form can be filled in.</source>
        <translation>問題はありません。このフォームに入力できます。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before the form can be used (click one to go to it):</source>
        <translation>
            <numerusform>フォームを使う前に直す問題が%n件あります（クリックすると該当箇所に移動します）:</numerusform>
        </translation>
    </message>
    <message>
        <source>the form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation>「%1」を変更</translation>
    </message>
    <message>
        <source>The answer that shows this field, as it would be typed.</source>
        <translation>この項目を表示する回答（入力されるとおりに書きます）</translation>
    </message>
    <message>
        <source>The answer that shows this field.</source>
        <translation>この項目を表示する回答</translation>
    </message>
</context>
<context>
    <name>tenarai::FormExercisePanel</name>
    <message>
        <source>The exercise “%1” has no lesson pack to read its files from.</source>
        <translation>演習「%1」には、ファイルを読み込むためのレッスンパックがありません。</translation>
    </message>
    <message>
        <source>Could not make a form from the exercise&apos;s sheet “%1”.</source>
        <translation>演習のシート「%1」からフォームを作成できませんでした。</translation>
    </message>
    <message>
        <source>The file has no worksheet with cells to make a form from.</source>
        <translation>このファイルには、フォームの作成に使えるセルのあるワークシートがありません。</translation>
    </message>
    <message>
        <source>Create from the sheet</source>
        <translation>シートから作成</translation>
    </message>
    <message>
        <source>No exercise is open to check.</source>
        <translation>答え合わせをする演習が開かれていません。</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1: %2</translation>
    </message>
    <message>
        <source>Click to select the field.</source>
        <translation>クリックすると、この項目を選択します。</translation>
    </message>
    <message>
        <source>Create from the &amp;Sheet</source>
        <translation>シートから作成(&amp;S)</translation>
    </message>
    <message>
        <source>Propose a form from the columns of the exercise&apos;s sheet; you can undo it</source>
        <translation>演習のシートの列から、フォームの案を作成します（元に戻せます）</translation>
    </message>
    <message>
        <source>What the form needs</source>
        <translation>フォームに必要なこと</translation>
    </message>
    <message>
        <source>Click Check to see what your form already has and what it still needs.</source>
        <translation>「答え合わせ」をクリックすると、フォームにすでにあるものと、まだ足りないものが表示されます。</translation>
    </message>
</context>
<context>
    <name>tenarai::FormFieldListModel</name>
    <message>
        <source>Section %1 (no heading)</source>
        <translation>セクション%1（見出しなし）</translation>
    </message>
    <message>
        <source>A section: drop fields here to move them into it.</source>
        <translation>セクションです。項目をここにドロップすると、このセクションに移動します。</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>（項目名なし）</translation>
    </message>
    <message>
        <source>Field id: %1</source>
        <translation>項目ID: %1</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必須</translation>
    </message>
</context>
<context>
    <name>tenarai::FormFillWidget</name>
    <message>
        <source>Type the postal code first, then choose “Fill in address”.</source>
        <translation>先に郵便番号を入力してから、「住所を入力」をクリックしてください。</translation>
    </message>
    <message>
        <source>No address is known for the postal code %1.</source>
        <translation>郵便番号%1に該当する住所が見つかりません。</translation>
    </message>
    <message>
        <source>The postal code %1 covers several prefectures; type the address yourself.</source>
        <translation>郵便番号%1は複数の都道府県にまたがっています。住所を直接入力してください。</translation>
    </message>
    <message>
        <source>Address (the postal code covers several towns, so only the common part is shown): %1</source>
        <translation>住所（この郵便番号は複数の町域にまたがるため、共通部分だけを表示しています）: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>住所: %1</translation>
    </message>
    <message>
        <source>The postal code covers several towns: “%1” was filled in; add the town and the rest of the address.</source>
        <translation>この郵便番号は複数の町域にまたがっています。「%1」を入力しました。町域と残りの住所を追加してください。</translation>
    </message>
    <message>
        <source>“%1” was filled in; add the block and building number.</source>
        <translation>「%1」を入力しました。番地以降を追加してください。</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>（未回答）</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Empty every field and start again</source>
        <translation>すべての項目を空にして、最初からやり直します。</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Check the answers before sending them (Enter)</source>
        <translation>送信する前に回答を確認します（Enter）。</translation>
    </message>
    <message>
        <source>Please check your answers.</source>
        <translation>回答内容を確認してください。</translation>
    </message>
    <message>
        <source>This is a preview: nothing will be saved, and “Submit” only returns to the form.</source>
        <translation>これはプレビューです。何も保存されず、「送信」を押してもフォームに戻るだけです。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Return to the form to change an answer (Esc)</source>
        <translation>フォームに戻って回答を修正します（Esc）。</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Save the changed answer (Enter)</source>
        <translation>変更した回答を保存します（Enter）</translation>
    </message>
    <message>
        <source>Save the answer (Enter)</source>
        <translation>回答を保存します（Enter）</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>e.g. 2024-04-01 or 令和6年4月1日</source>
        <translation>例: 2024-04-01、令和6年4月1日</translation>
    </message>
    <message>
        <source>Fill in address</source>
        <translation>住所を入力</translation>
    </message>
    <message>
        <source>Fill in the address from the postal code</source>
        <translation>郵便番号から住所を入力します</translation>
    </message>
    <message>
        <source>Clear the answers</source>
        <translation>回答をクリア</translation>
    </message>
    <message>
        <source>Empty every field of this answer? What you typed is not kept.</source>
        <translation>この回答のすべての項目を空にしますか？入力した内容は失われます。</translation>
    </message>
</context>
<context>
    <name>tenarai::FormInferrer</name>
    <message>
        <source>line breaks</source>
        <translation>改行</translation>
    </message>
    <message>
        <source>%1: there are no answers to read; the heading “%2” suggests it.</source>
        <translation>%1: 読み取れる回答がありません。見出し「%2」から判断しました。</translation>
    </message>
    <message>
        <source>%1: there are no answers to read, so any text is accepted.</source>
        <translation>%1: 読み取れる回答がないため、どのような文字列も受け付けます。</translation>
    </message>
    <message>
        <source>%1: %2 of %3 answers are TRUE or FALSE.</source>
        <translation>%1: %3件中%2件の回答がTRUEまたはFALSEです。</translation>
    </message>
    <message>
        <source>%1: %2 of %3 answers are yes/no words (%4).</source>
        <translation>%1: %3件中%2件の回答が、はい・いいえを表す語（%4）です。</translation>
    </message>
    <message>
        <source>%1: %2 of %3 answers read as dates.</source>
        <translation>%1: %3件中%2件の回答が日付として読み取れます。</translation>
    </message>
    <message>
        <source>%1: %2 of %3 answers are phone numbers.</source>
        <translation>%1: %3件中%2件の回答が電話番号です。</translation>
    </message>
    <message>
        <source>%1: %2 of %3 answers are postal codes.</source>
        <translation>%1: %3件中%2件の回答が郵便番号です。</translation>
    </message>
    <message>
        <source>%1: %2 of %3 answers are email addresses.</source>
        <translation>%1: %3件中%2件の回答がメールアドレスです。</translation>
    </message>
    <message>
        <source>%1: %2 of %3 answers are whole numbers.</source>
        <translation>%1: %3件中%2件の回答が整数です。</translation>
    </message>
    <message>
        <source>%1: %2 of %3 answers are numbers, some with decimals.</source>
        <translation>%1: %3件中%2件の回答が数値で、小数を含むものがあります。</translation>
    </message>
    <message>
        <source>%1: guessed from %2 different items in %3 answers, separated by %4.</source>
        <translation>%1: %3件の回答を%4で区切った、%2種類の値から推測しました。</translation>
    </message>
    <message>
        <source>%1: guessed from %2 different values in %3 answers.</source>
        <translation>%1: %3件の回答にある%2種類の値から推測しました。</translation>
    </message>
    <message>
        <source>%1: some answers have line breaks.</source>
        <translation>%1: 改行を含む回答があります。</translation>
    </message>
    <message>
        <source>%1: an answer is %2 characters long.</source>
        <translation>%1: %2文字の回答があります。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n different value(s) in %2 answers, with no one type or few choices.</source>
        <translation>
            <numerusform>%1: %2件の回答に%n種類の値があります。1つの種類にそろっておらず、選択肢にするには多すぎます。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 answers have a phone number&apos;s digits</source>
        <translation>%2件中%1件の回答に電話番号の数字が含まれる</translation>
    </message>
    <message>
        <source>%1 of %2 answers are postal codes</source>
        <translation>%2件中%1件の回答が郵便番号である</translation>
    </message>
    <message>
        <source>%1 of %2 answers have an @</source>
        <translation>%2件中%1件の回答に@が含まれる</translation>
    </message>
    <message>
        <source>%1 of %2 answers read as dates</source>
        <translation>%2件中%1件の回答が日付として読み取れる</translation>
    </message>
    <message>
        <source>the answers are text</source>
        <translation>回答が文字列である</translation>
    </message>
    <message>
        <source>%1: the heading “%2” suggests it, and %3.</source>
        <translation>%1: 見出し「%2」に加え、%3ことから判断しました。</translation>
    </message>
    <message>
        <source>Required: the heading marks it with ※ or （必須）.</source>
        <translation>必須: 見出しに※または（必須）が付いています。</translation>
    </message>
    <message>
        <source>Required: all %1 rows have an answer.</source>
        <translation>必須: %1行すべてに回答があります。</translation>
    </message>
    <message>
        <source>Not required: %1 of %2 rows leave it blank.</source>
        <translation>任意: %2行中%1行が空欄です。</translation>
    </message>
    <message>
        <source>Not required: too few rows to tell.</source>
        <translation>任意: 行が少ないため判断できません。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>列%1</translation>
    </message>
    <message>
        <source>Two columns are headed “%1”; the one in column %2 is called “%3”.</source>
        <translation>見出しが「%1」の列が2つあります。%2列のほうを「%3」としました。</translation>
    </message>
    <message numerus="yes">
        <source>%n more column(s) repeat an earlier heading and got _2, _3 … the same way.</source>
        <translation>
            <numerusform>ほかに%n列が前の列と同じ見出しのため、同様に_2、_3…を付けました。</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no answers below the header, so the types come from the headings&apos; words alone.</source>
        <translation>見出し行の下に回答がないため、種類は見出しの語句だけから判断しました。</translation>
    </message>
    <message>
        <source>Only the first %1 of %2 rows were read to guess the types.</source>
        <translation>種類の推測には、%2行のうち先頭の%1行だけを読み取りました。</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) with neither a heading nor answers left out: %1.</source>
        <translation>
            <numerusform>見出しも回答もない%n列を除きました: %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The table has %1 columns; only the first %2 became fields, as a form may have at most %2.</source>
        <translation>表には%1列あります。フォームの項目は最大%2個のため、先頭の%2列だけを項目にしました。</translation>
    </message>
    <message>
        <source>A header has 1 or 2 rows, not %1.</source>
        <translation>見出し行は1行または2行にしてください（%1行にはできません）。</translation>
    </message>
    <message>
        <source>The sheet “%1” is empty, so there is nothing to make a form from.</source>
        <translation>シート「%1」は空のため、フォームを作成できません。</translation>
    </message>
    <message>
        <source>The sheet “%1” has only %2 rows, so row %3 cannot be the header.</source>
        <translation>シート「%1」は%2行しかないため、%3行目を見出し行にはできません。</translation>
    </message>
    <message>
        <source>The header is on rows %1 and %2: group headings above the column headings.</source>
        <translation>見出し行は%1行目と%2行目です（列の見出しの上にグループの見出しがあります）。</translation>
    </message>
    <message>
        <source>The header is on row %1.</source>
        <translation>見出し行は%1行目です。</translation>
    </message>
    <message>
        <source>Row 1 above it is a title block.</source>
        <translation>その上の1行目は表題部分です。</translation>
    </message>
    <message>
        <source>Rows 1–%1 above it are a title block.</source>
        <translation>その上の1～%1行目は表題部分です。</translation>
    </message>
    <message>
        <source>The header row was given, not detected.</source>
        <translation>見出し行は自動で検出せず、指定された行を使いました。</translation>
    </message>
</context>
<context>
    <name>tenarai::FormLibrary</name>
    <message>
        <source>The forms folder %1 cannot be created.</source>
        <translation>フォームのフォルダー「%1」を作成できません。</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <source>The forms folder %1 already holds too many forms named “%2”.</source>
        <translation>フォームのフォルダー「%1」には、「%2」という名前のフォームが既に多すぎます。</translation>
    </message>
</context>
<context>
    <name>tenarai::FormOpenDialog</name>
    <message>
        <source>Open a Form</source>
        <translation>フォームを開く</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答数</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>フォーム一覧</translation>
    </message>
    <message>
        <source>An answer is being typed</source>
        <translation>入力途中の回答あり</translation>
    </message>
    <message>
        <source>There are no forms in “%1” yet.</source>
        <translation>「%1」にはまだフォームがありません。</translation>
    </message>
    <message>
        <source>&amp;Forms in “%1”:</source>
        <translation>「%1」のフォーム(&amp;F):</translation>
    </message>
</context>
<context>
    <name>tenarai::FormRubric</name>
    <message>
        <source>“%1” must be text.</source>
        <translation>“%1”は文字列にしてください。</translation>
    </message>
    <message>
        <source>“%1” must be true or false.</source>
        <translation>“%1”はtrueかfalseにしてください。</translation>
    </message>
    <message>
        <source>“%1” must be a list of texts.</source>
        <translation>“%1”は文字列のリストにしてください。</translation>
    </message>
    <message>
        <source>“%1” has more than %2 entries.</source>
        <translation>“%1”の要素が%2個を超えています。</translation>
    </message>
    <message>
        <source>Each entry of “%1” must be text.</source>
        <translation>“%1”の要素はすべて文字列にしてください。</translation>
    </message>
    <message>
        <source>“%1” must be a number.</source>
        <translation>“%1”は数値にしてください。</translation>
    </message>
    <message>
        <source>“%1” must be a whole number, 0 or more.</source>
        <translation>“%1”は0以上の整数にしてください。</translation>
    </message>
    <message>
        <source>“%1” must be a date written as YYYY-MM-DD.</source>
        <translation>“%1”はYYYY-MM-DD形式の日付にしてください。</translation>
    </message>
    <message>
        <source>“min” is above “max”.</source>
        <translation>“min”が“max”より大きくなっています。</translation>
    </message>
    <message>
        <source>“minLength” is above “maxLength”.</source>
        <translation>“minLength”が“maxLength”より大きくなっています。</translation>
    </message>
    <message>
        <source>“earliest” is after “latest”.</source>
        <translation>“earliest”が“latest”より後の日付になっています。</translation>
    </message>
    <message>
        <source>“minChoices” is above “maxChoices”.</source>
        <translation>“minChoices”が“maxChoices”より大きくなっています。</translation>
    </message>
    <message>
        <source>An item must be a JSON object.</source>
        <translation>評価項目はJSONオブジェクトにしてください。</translation>
    </message>
    <message>
        <source>The item has no “id”.</source>
        <translation>評価項目に“id”がありません。</translation>
    </message>
    <message>
        <source>The id “%1” is kept for the form title check.</source>
        <translation>id“%1”は、フォームのタイトルの評価用に予約されています。</translation>
    </message>
    <message>
        <source>The item has no “label”.</source>
        <translation>評価項目に“label”がありません。</translation>
    </message>
    <message>
        <source>A synonym must not be empty.</source>
        <translation>同義語を空にはできません。</translation>
    </message>
    <message>
        <source>Unknown field type “%1”.</source>
        <translation>項目の種類“%1”には対応していません。</translation>
    </message>
    <message>
        <source>The field type “%1” holds no answer and cannot be asked for.</source>
        <translation>項目の種類“%1”には回答がないため、評価基準で求めることはできません。</translation>
    </message>
    <message>
        <source>“validation” must be an object.</source>
        <translation>“validation”はオブジェクトにしてください。</translation>
    </message>
    <message>
        <source>“showWhen” must be the label of another item.</source>
        <translation>“showWhen”には、ほかの評価項目のラベルを指定してください。</translation>
    </message>
    <message>
        <source>The rubric is larger than %1 MiB.</source>
        <translation>評価基準が%1 MiBを超えています。</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>%1行目、%2文字目</translation>
    </message>
    <message>
        <source>The rubric is not valid JSON: %1.</source>
        <translation>評価基準が正しいJSONではありません（%1）。</translation>
    </message>
    <message>
        <source>The rubric must be a JSON object.</source>
        <translation>評価基準はJSONオブジェクトにしてください。</translation>
    </message>
    <message>
        <source>This is not a Tenarai form rubric (“format” must be “%1”).</source>
        <translation>Tenaraiのフォームの評価基準ではありません（“format”は“%1”にしてください）。</translation>
    </message>
    <message>
        <source>“version” must be a whole number, 1 or more.</source>
        <translation>“version”は1以上の整数にしてください。</translation>
    </message>
    <message>
        <source>This rubric was saved for a newer version of Tenarai (format %1); this version reads format %2 and older. Update Tenarai to use it.</source>
        <translation>この評価基準は新しいバージョンのTenarai用に保存されています（形式%1）。このバージョンで読めるのは形式%2以前です。使うにはTenaraiを更新してください。</translation>
    </message>
    <message>
        <source>“items” must be a list.</source>
        <translation>“items”はリストにしてください。</translation>
    </message>
    <message>
        <source>The rubric has more than %1 items.</source>
        <translation>評価基準の評価項目が%1個を超えています。</translation>
    </message>
    <message>
        <source>The id “%1” is used by an earlier item too.</source>
        <translation>id“%1”は前の評価項目でも使われています。</translation>
    </message>
    <message>
        <source>No other item has the label “%1”.</source>
        <translation>ラベルが「%1」の評価項目はほかにありません。</translation>
    </message>
    <message>
        <source>The rubric cannot be opened: %1</source>
        <translation>評価基準を開けません: %1</translation>
    </message>
</context>
<context>
    <name>tenarai::FormRubricChecker</name>
    <message>
        <source>Form title</source>
        <translation>フォームのタイトル</translation>
    </message>
    <message>
        <source>The form has no title.</source>
        <translation>フォームにタイトルがありません。</translation>
    </message>
    <message>
        <source>The form should not ask for 「%1」.</source>
        <translation>「%1」はフォームに含めないでください。</translation>
    </message>
    <message>
        <source>The form has no field for 「%1」.</source>
        <translation>フォームに「%1」の項目がありません。</translation>
    </message>
    <message>
        <source>「%1」 should be of the type %2.</source>
        <translation>「%1」の種類は%2にしてください。</translation>
    </message>
    <message>
        <source>「%1」 should be one of: %2.</source>
        <translation>「%1」の種類は次のいずれかにしてください: %2。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>「%1」 should be required.</source>
        <translation>「%1」は必須にしてください。</translation>
    </message>
    <message>
        <source>「%1」 should not be required.</source>
        <translation>「%1」は必須にしないでください。</translation>
    </message>
    <message numerus="yes">
        <source>「%1」 is missing %n choice(s).</source>
        <translation>
            <numerusform>「%1」に選択肢が%n個足りません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>「%1」 offers %n choice(s) that should not be there.</source>
        <translation>
            <numerusform>「%1」に不要な選択肢が%n個あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>「%1」 needs a lower limit.</source>
        <translation>「%1」に最小値を設定してください。</translation>
    </message>
    <message>
        <source>「%1」 needs a different lower limit.</source>
        <translation>「%1」の最小値を見直してください。</translation>
    </message>
    <message>
        <source>「%1」 needs an upper limit.</source>
        <translation>「%1」に最大値を設定してください。</translation>
    </message>
    <message>
        <source>「%1」 needs a different upper limit.</source>
        <translation>「%1」の最大値を見直してください。</translation>
    </message>
    <message>
        <source>「%1」 needs a minimum length.</source>
        <translation>「%1」に最小文字数を設定してください。</translation>
    </message>
    <message>
        <source>「%1」 needs a different minimum length.</source>
        <translation>「%1」の最小文字数を見直してください。</translation>
    </message>
    <message>
        <source>「%1」 needs a maximum length.</source>
        <translation>「%1」に最大文字数を設定してください。</translation>
    </message>
    <message>
        <source>「%1」 needs a different maximum length.</source>
        <translation>「%1」の最大文字数を見直してください。</translation>
    </message>
    <message>
        <source>「%1」 needs an earliest date.</source>
        <translation>「%1」に最も早い日付を設定してください。</translation>
    </message>
    <message>
        <source>「%1」 needs a different earliest date.</source>
        <translation>「%1」の最も早い日付を見直してください。</translation>
    </message>
    <message>
        <source>「%1」 needs a latest date.</source>
        <translation>「%1」に最も遅い日付を設定してください。</translation>
    </message>
    <message>
        <source>「%1」 needs a different latest date.</source>
        <translation>「%1」の最も遅い日付を見直してください。</translation>
    </message>
    <message>
        <source>「%1」 needs a smallest number of choices to pick.</source>
        <translation>「%1」に、選択する数の下限を設定してください。</translation>
    </message>
    <message>
        <source>「%1」 needs a different smallest number of choices to pick.</source>
        <translation>「%1」の、選択する数の下限を見直してください。</translation>
    </message>
    <message>
        <source>「%1」 needs a largest number of choices to pick.</source>
        <translation>「%1」に、選択する数の上限を設定してください。</translation>
    </message>
    <message>
        <source>「%1」 needs a different largest number of choices to pick.</source>
        <translation>「%1」の、選択する数の上限を見直してください。</translation>
    </message>
    <message>
        <source>「%1」 needs a pattern that its answers must match.</source>
        <translation>「%1」に、回答が一致すべきパターンを設定してください。</translation>
    </message>
    <message>
        <source>「%1」 should be shown only depending on the answer to 「%2」.</source>
        <translation>「%1」は、「%2」の回答に応じて表示されるようにしてください。</translation>
    </message>
    <message>
        <source>「%1」 should depend on 「%2」, not on another field.</source>
        <translation>「%1」の表示条件は、ほかの項目ではなく「%2」にしてください。</translation>
    </message>
</context>
<context>
    <name>tenarai::FormValidator</name>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>この項目は必須です。</translation>
    </message>
    <message>
        <source>Enter from %1 to %2 characters (now %3).</source>
        <translation>%1～%2文字で入力してください（現在%3文字）。</translation>
    </message>
    <message>
        <source>Enter at least %1 characters (now %2).</source>
        <translation>%1文字以上で入力してください（現在%2文字）。</translation>
    </message>
    <message>
        <source>Enter at most %1 characters (now %2).</source>
        <translation>%1文字以内で入力してください（現在%2文字）。</translation>
    </message>
    <message>
        <source>Enter a whole number from %1 to %2.</source>
        <translation>%1以上%2以下の整数を入力してください。</translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2.</source>
        <translation>%1以上%2以下の数値を入力してください。</translation>
    </message>
    <message>
        <source>Enter a whole number of %1 or more.</source>
        <translation>%1以上の整数を入力してください。</translation>
    </message>
    <message>
        <source>Enter a number of %1 or more.</source>
        <translation>%1以上の数値を入力してください。</translation>
    </message>
    <message>
        <source>Enter a whole number of %1 or less.</source>
        <translation>%1以下の整数を入力してください。</translation>
    </message>
    <message>
        <source>Enter a number of %1 or less.</source>
        <translation>%1以下の数値を入力してください。</translation>
    </message>
    <message>
        <source>The answer is not in the expected form.</source>
        <translation>回答が求められている形式になっていません。</translation>
    </message>
    <message>
        <source>Enter a whole number: %1</source>
        <translation>整数を入力してください: %1</translation>
    </message>
    <message>
        <source>Enter a whole number of at most 15 digits.</source>
        <translation>15桁以内の整数を入力してください。</translation>
    </message>
    <message>
        <source>Enter a number: %1</source>
        <translation>数値を入力してください: %1</translation>
    </message>
    <message>
        <source>The number is too large.</source>
        <translation>数値が大きすぎます。</translation>
    </message>
    <message>
        <source>This cannot be read as a date: %1</source>
        <translation>日付として読み取れません: %1</translation>
    </message>
    <message>
        <source>Enter a date from %1 to %2.</source>
        <translation>%1～%2の日付を入力してください。</translation>
    </message>
    <message>
        <source>Enter a date on or after %1.</source>
        <translation>%1以降の日付を入力してください。</translation>
    </message>
    <message>
        <source>Enter a date on or before %1.</source>
        <translation>%1以前の日付を入力してください。</translation>
    </message>
    <message>
        <source>Pick one of the choices; “%1” is not one of them.</source>
        <translation>選択肢から選んでください。「%1」は選択肢にありません。</translation>
    </message>
    <message>
        <source>“%1” is not one of the choices.</source>
        <translation>「%1」は選択肢にありません。</translation>
    </message>
    <message>
        <source>Pick from %1 to %2 choices (now %3).</source>
        <translation>%1～%2個選んでください（現在%3個）。</translation>
    </message>
    <message>
        <source>Pick at least %1 choices (now %2).</source>
        <translation>%1個以上選んでください（現在%2個）。</translation>
    </message>
    <message>
        <source>Pick at most %1 choices (now %2).</source>
        <translation>%1個以内で選んでください（現在%2個）。</translation>
    </message>
    <message>
        <source>Answer “%1” or “%2”.</source>
        <translation>「%1」または「%2」で回答してください。</translation>
    </message>
    <message>
        <source>This is not a phone number: %1</source>
        <translation>電話番号ではありません: %1</translation>
    </message>
    <message>
        <source>This is not a postal code: %1</source>
        <translation>郵便番号ではありません: %1</translation>
    </message>
    <message>
        <source>Enter an email address such as name@example.jp.</source>
        <translation>name@example.jp のような形式でメールアドレスを入力してください。</translation>
    </message>
</context>
<context>
    <name>tenarai::FormsPage</name>
    <message>
        <source>Design</source>
        <translation>設計</translation>
    </message>
    <message>
        <source>Choose the questions, their order and what counts as a valid answer</source>
        <translation>質問とその順番、有効な回答の条件を決めます</translation>
    </message>
    <message>
        <source>Fill in</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Type answers as the people asked would, and save each one</source>
        <translation>回答者になったつもりで回答を入力し、1件ずつ保存します</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>The answers saved so far: edit, delete or export them</source>
        <translation>これまでに保存した回答を編集、削除、エクスポートします</translation>
    </message>
    <message>
        <source>Export form…</source>
        <translation>フォームをエクスポート…</translation>
    </message>
    <message>
        <source>Save the form&apos;s definition as a file, for another PC or for checking</source>
        <translation>フォームの定義をファイルとして保存します（ほかのPCで使うときや、チェックするときに）</translation>
    </message>
    <message>
        <source>Export answers…</source>
        <translation>回答をエクスポート…</translation>
    </message>
    <message>
        <source>Save the answers as an Excel workbook or a CSV file</source>
        <translation>回答をExcelブックまたはCSVファイルとして保存します</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <source>No form is open.</source>
        <translation>フォームが開かれていません。</translation>
    </message>
    <message>
        <source>The answer was not saved.</source>
        <translation>回答を保存できませんでした。</translation>
    </message>
    <message>
        <source>Answer %1 was updated and saved.</source>
        <translation>%1件目の回答を更新して保存しました。</translation>
    </message>
    <message>
        <source>Answer %1 was saved. The form is ready for the next one.</source>
        <translation>%1件目の回答を保存しました。次の回答を入力できます。</translation>
    </message>
    <message>
        <source>Editing answer %1: confirm to save the change.</source>
        <translation>%1件目の回答を編集中です。確認に進んで変更を保存してください。</translation>
    </message>
    <message>
        <source>Answer %1 was deleted.</source>
        <translation>%1件目の回答を削除しました。</translation>
    </message>
    <message>
        <source>The form could not be saved; what you entered is kept while Tenarai stays open.</source>
        <translation>フォームを保存できませんでした。入力した内容は、Tenaraiを閉じるまで保持されます。</translation>
    </message>
    <message>
        <source>Create a form from a spreadsheet, or open one, in the Forms menu.</source>
        <translation>[フォーム]メニューで、表計算ファイルからフォームを作成するか、フォームを開いてください。</translation>
    </message>
    <message>
        <source>⚠ Not saved: %1</source>
        <translation>⚠ 保存されていません: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s). Saved automatically in “%1”.</source>
        <translation>
            <numerusform>回答%n件。「%1」に自動的に保存されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>The form could not be exported to “%1”.</source>
        <translation>フォームを「%1」にエクスポートできませんでした。</translation>
    </message>
    <message>
        <source>The form was exported to “%1”.</source>
        <translation>フォームを「%1」にエクスポートしました。</translation>
    </message>
    <message>
        <source>form</source>
        <translation>フォーム</translation>
    </message>
    <message>
        <source>Export the Form</source>
        <translation>フォームをエクスポート</translation>
    </message>
    <message>
        <source>Form definition (*.json)</source>
        <translation>フォームの定義 (*.json)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excelブック (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV UTF-8 (Excel) (*.csv)</source>
        <translation>CSV UTF-8（Excel向け）(*.csv)</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1の回答</translation>
    </message>
    <message>
        <source>Export the Answers</source>
        <translation>回答をエクスポート</translation>
    </message>
    <message>
        <source>The answers were exported to “%1”.</source>
        <translation>回答を「%1」にエクスポートしました。</translation>
    </message>
</context>
<context>
    <name>tenarai::InfoCommand</name>
    <message>
        <source>Print JSON with stable English keys instead of text.</source>
        <translation>テキストの代わりに、変わらない英語のキーを持つJSONを出力します。</translation>
    </message>
    <message>
        <source>visible</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>非表示</translation>
    </message>
    <message>
        <source>very hidden</source>
        <translation>完全に非表示</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>カンマ（,）</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>セミコロン（;）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Describe an XLSX or CSV file: format, encoding, sheets, sizes and merged ranges.</source>
        <translation>XLSXファイルまたはCSVファイルについて、形式、文字コード、シート、大きさ、結合セルを表示します。</translation>
    </message>
    <message>
        <source>[options] FILE</source>
        <translation>[options] FILE</translation>
    </message>
    <message>
        <source>The file to describe: .xlsx, .xlsm, .csv, .tsv or .txt.</source>
        <translation>調べるファイル: .xlsx、.xlsm、.csv、.tsv または .txt。</translation>
    </message>
    <message>
        <source>Give exactly one file.</source>
        <translation>ファイルを1つだけ指定してください。</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>「%1」を読み込み中</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>文字コード</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>区切り文字</translation>
    </message>
    <message>
        <source>Date system</source>
        <translation>日付システム</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>シート数</translation>
    </message>
    <message>
        <source>chart sheet</source>
        <translation>グラフシート</translation>
    </message>
    <message>
        <source>worksheet</source>
        <translation>ワークシート</translation>
    </message>
    <message>
        <source>  %1: &quot;%2&quot;, %3, %4, %5 rows x %6 columns</source>
        <translation>  %1: 「%2」、%3、%4、%5行 × %6列</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation>, ほか%1個</translation>
    </message>
    <message>
        <source>     merged ranges (%1): %2</source>
        <translation>     結合セル（%1個）: %2</translation>
    </message>
    <message>
        <source>Cells per row (most common)</source>
        <translation>1行あたりのセル数（最も多いもの）</translation>
    </message>
    <message>
        <source>Rows with another cell count</source>
        <translation>セル数が異なる行</translation>
    </message>
    <message numerus="yes">
        <source>  row %1: %n cell(s)</source>
        <translation>
            <numerusform>  %1行目: セル%n個</numerusform>
        </translation>
    </message>
    <message>
        <source>  and %1 more</source>
        <translation>  ほか%1行</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>警告:</translation>
    </message>
</context>
<context>
    <name>tenarai::LessonLibraryPage</name>
    <message numerus="yes">
        <source>About %n min</source>
        <translation>
            <numerusform>約%n分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 / %n lesson(s) completed</source>
        <translation>
            <numerusform>%1/%nレッスン完了</numerusform>
        </translation>
    </message>
    <message>
        <source>This pack cannot be used.</source>
        <translation>このパックは使用できません。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more problem(s))</source>
        <translation>
            <numerusform>%1（ほかに%n件の問題）</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot be used: %1</source>
        <translation>使用できません: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%nレッスン</numerusform>
        </translation>
    </message>
    <message>
        <source>Not used: a newer version of this pack is in %1</source>
        <translation>使用されていません: このパックの新しいバージョンが「%1」にあります</translation>
    </message>
    <message>
        <source>This pack cannot be used: %1</source>
        <translation>このパックは使用できません: %1</translation>
    </message>
    <message>
        <source>Tenarai found these problems in %1. Show them to the pack&apos;s author or to your IT department.</source>
        <translation>Tenaraiは「%1」に次の問題を見つけました。パックの作成者または情報システム担当者に見せてください。</translation>
    </message>
    <message>
        <source>Authors: %1</source>
        <translation>作成者: %1</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>ライセンス: %1</translation>
    </message>
    <message>
        <source>Version %1, from %2</source>
        <translation>バージョン%1（場所: %2）</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) for the pack&apos;s author; the pack works.</source>
        <translation>
            <numerusform>パックの作成者向けの警告が%n件あります。パックは使用できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>演習%n問</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Completed</source>
        <translation>✓ 完了</translation>
    </message>
    <message>
        <source>%1 of %2 exercises passed</source>
        <translation>演習%2問中%1問合格</translation>
    </message>
    <message>
        <source>Looking for lessons…</source>
        <translation>レッスンを探しています…</translation>
    </message>
    <message>
        <source>No lesson packs were found in %1.</source>
        <translation>「%1」にレッスンパックが見つかりませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s) ready</source>
        <translation>
            <numerusform>使用できるパック: %n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s) cannot be used</source>
        <translation>
            <numerusform>使用できないパック: %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing matches the search</source>
        <translation>検索に一致するものはありません</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) the search</source>
        <translation>
            <numerusform>検索に一致: %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Your progress could not be read: %1</source>
        <translation>進捗を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>レッスン一覧</translation>
    </message>
    <message>
        <source>Search lessons</source>
        <translation>レッスンを検索</translation>
    </message>
    <message>
        <source>Search lessons by title or description</source>
        <translation>タイトルや説明でレッスンを検索</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>もう一度探す</translation>
    </message>
    <message>
        <source>Look for new or changed lesson packs in the folders again</source>
        <translation>新しいレッスンパックや変更されたレッスンパックを、フォルダーからもう一度探します</translation>
    </message>
    <message>
        <source>Looking for lessons</source>
        <translation>レッスンを探しています</translation>
    </message>
    <message>
        <source>Lesson packs</source>
        <translation>レッスンパック</translation>
    </message>
    <message>
        <source>&amp;Lessons of this pack</source>
        <translation>このパックのレッスン(&amp;L)</translation>
    </message>
    <message>
        <source>Lessons of the selected pack</source>
        <translation>選択したパックのレッスン</translation>
    </message>
    <message>
        <source>Start lesson</source>
        <translation>レッスンを開始</translation>
    </message>
    <message>
        <source>Open the selected lesson (Enter in the list does the same)</source>
        <translation>選択したレッスンを開きます（一覧でEnterキーを押しても開けます）</translation>
    </message>
</context>
<context>
    <name>tenarai::LessonRecorder</name>
    <message>
        <source>The pack “%1” has no lesson “%2”.</source>
        <translation>パック「%1」にレッスン「%2」はありません。</translation>
    </message>
    <message>
        <source>The progress store is not open.</source>
        <translation>進捗データベースが開かれていません。</translation>
    </message>
    <message>
        <source>No lesson of the pack “%1” contains the exercise “%2”.</source>
        <translation>パック「%1」に、演習「%2」を含むレッスンはありません。</translation>
    </message>
</context>
<context>
    <name>tenarai::LessonView</name>
    <message>
        <source>The pack “%1” has no lesson “%2”.</source>
        <translation>パック「%1」にレッスン「%2」はありません。</translation>
    </message>
    <message>
        <source>No pack was given for the lesson “%1”.</source>
        <translation>レッスン「%1」のパックが指定されていません。</translation>
    </message>
    <message>
        <source>The text of this lesson could not be read: %1</source>
        <translation>このレッスンの本文を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>A picture of this lesson could not be read from the pack: %1</source>
        <translation>このレッスンの画像をパックから読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>This exercise could not be started: %1</source>
        <translation>この演習を開始できませんでした: %1</translation>
    </message>
    <message>
        <source>The exercise “%1” is missing from the pack.</source>
        <translation>演習「%1」がパックにありません。</translation>
    </message>
    <message>
        <source>Your answer could not be checked: %1</source>
        <translation>答え合わせができませんでした: %1</translation>
    </message>
    <message>
        <source>Passed.</source>
        <translation>合格です。</translation>
    </message>
    <message>
        <source>Passed: %1</source>
        <translation>合格: %1</translation>
    </message>
    <message>
        <source>Not right yet.</source>
        <translation>まだ正解ではありません。</translation>
    </message>
    <message>
        <source>Your answer was checked, but the result could not be saved: %1 Your work is still here.</source>
        <translation>答え合わせはできましたが、結果を保存できませんでした: %1作業内容はそのまま残っています。</translation>
    </message>
    <message>
        <source>Hint %1 of %2</source>
        <translation>ヒント%1/%2</translation>
    </message>
    <message>
        <source>This exercise is not solved yet; the lesson is complete once it is.</source>
        <translation>この演習はまだ解けていません。解けるとレッスンが完了します。</translation>
    </message>
    <message>
        <source>The lesson asks for a higher score: try an exercise again with fewer hints.</source>
        <translation>このレッスンでは、もっと高い得点が必要です。使うヒントを減らして、演習にもう一度取り組んでください。</translation>
    </message>
    <message>
        <source>Finish lesson</source>
        <translation>レッスンを完了</translation>
    </message>
    <message>
        <source>Next exercise</source>
        <translation>次の演習</translation>
    </message>
    <message>
        <source>Hint (%1 of %2)</source>
        <translation>ヒント（%1/%2）</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>ヒント</translation>
    </message>
    <message>
        <source>Show the next hint; each hint lowers the score a little</source>
        <translation>次のヒントを表示します（ヒントを1つ見るごとに得点が少し下がります）</translation>
    </message>
    <message>
        <source>No more hints for this exercise</source>
        <translation>この演習のヒントはこれ以上ありません</translation>
    </message>
    <message>
        <source>Web pages are not opened from lessons; this link goes to %1</source>
        <translation>レッスンからWebページは開きません。このリンクの行き先: %1</translation>
    </message>
    <message>
        <source>This link is not opened from the lesson: %1</source>
        <translation>このリンクはレッスンからは開きません: %1</translation>
    </message>
    <message>
        <source>No exercises</source>
        <translation>演習なし</translation>
    </message>
    <message>
        <source>Exercise %1 of %2</source>
        <translation>演習%1/%2</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>レッスン一覧</translation>
    </message>
    <message>
        <source>Back to the lesson library; your work on this exercise is not kept</source>
        <translation>レッスン一覧に戻ります（この演習での作業内容は保存されません）</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>答え合わせ</translation>
    </message>
    <message>
        <source>Check your answer (Ctrl+Return)</source>
        <translation>答え合わせをします（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>レッスンの本文</translation>
    </message>
    <message>
        <source>Lesson and exercise</source>
        <translation>レッスンと演習</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>答え合わせの結果</translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>ヒント</translation>
    </message>
</context>
<context>
    <name>tenarai::LocalizedText</name>
    <message>
        <source>The text is %1 characters long, more than the limit of %2.</source>
        <translation>テキストが%1文字あり、上限の%2文字を超えています。</translation>
    </message>
    <message>
        <source>The text is empty; write it at least in Japanese.</source>
        <translation>テキストが空です。少なくとも日本語で書いてください。</translation>
    </message>
    <message>
        <source>The text must be a string, or an object with “ja” and optionally “en”.</source>
        <translation>テキストは、文字列か、“ja”（必要に応じて“en”も）を持つオブジェクトにしてください。</translation>
    </message>
    <message>
        <source>The text has the language “%1”; only ja and en are allowed.</source>
        <translation>テキストに言語“%1”があります。使えるのは ja と en だけです。</translation>
    </message>
    <message>
        <source>The text has no “ja”; the Japanese text is required.</source>
        <translation>テキストに“ja”がありません。日本語のテキストは必須です。</translation>
    </message>
    <message>
        <source>The Japanese text must be a string.</source>
        <translation>日本語のテキストは文字列にしてください。</translation>
    </message>
    <message>
        <source>The Japanese text is empty; it is required.</source>
        <translation>日本語のテキストが空です。日本語のテキストは必須です。</translation>
    </message>
    <message>
        <source>The English text must be a string.</source>
        <translation>英語のテキストは文字列にしてください。</translation>
    </message>
</context>
<context>
    <name>tenarai::MainWindow</name>
    <message>
        <source>There is not enough memory for this file.</source>
        <translation>このファイルを扱うにはメモリが足りません。</translation>
    </message>
    <message>
        <source>Unexpected internal error: %1</source>
        <translation>予期しない内部エラーが発生しました: %1</translation>
    </message>
    <message>
        <source>Unexpected internal error.</source>
        <translation>予期しない内部エラーが発生しました。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a CSV or Excel file</source>
        <translation>CSVファイルまたはExcelファイルを開きます</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>最近使ったファイルの一覧を消去(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the data as CSV or as an Excel workbook</source>
        <translation>データをCSVまたはExcelブックとして保存します</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Tenarai</source>
        <translation>Tenarai について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>Open a CSV or Excel file to look at its data.
You can also drop a file onto this window.</source>
        <translation>CSVファイルまたはExcelファイルを開くと、中のデータを確認できます。
このウィンドウにファイルをドロップしても開けます。</translation>
    </message>
    <message>
        <source>&amp;Open a File…</source>
        <translation>ファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>シート</translation>
    </message>
    <message>
        <source>One tab for each sheet of the open file</source>
        <translation>開いているファイルのシートごとのタブ</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>Stop (Esc); the open file stays as it is</source>
        <translation>処理を中止します（Esc）。開いているファイルはそのままです。</translation>
    </message>
    <message>
        <source>Size of the sheet</source>
        <translation>シートの大きさ</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>ファイル形式</translation>
    </message>
    <message>
        <source>Merged cells</source>
        <translation>結合セル</translation>
    </message>
    <message>
        <source>Rows with a different number of cells</source>
        <translation>セル数が異なる行</translation>
    </message>
    <message>
        <source>Warnings about the file</source>
        <translation>ファイルについての警告</translation>
    </message>
    <message>
        <source>Tenarai</source>
        <translation>Tenarai</translation>
    </message>
    <message>
        <source>%1 — Tenarai</source>
        <translation>%1 — Tenarai</translation>
    </message>
    <message>
        <source>%1 (chart)</source>
        <translation>%1（グラフ）</translation>
    </message>
    <message>
        <source>A chart sheet: it holds a chart and no cells.</source>
        <translation>グラフシートです。グラフだけがあり、セルはありません。</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1（非表示）</translation>
    </message>
    <message>
        <source>This sheet is hidden in the workbook; Excel does not show it until it is unhidden.</source>
        <translation>このシートはブック内で非表示になっています。再表示するまでExcelには表示されません。</translation>
    </message>
    <message>
        <source>Cells of sheet %1</source>
        <translation>シート「%1」のセル</translation>
    </message>
    <message>
        <source>This is a chart sheet; it holds no cells.</source>
        <translation>これはグラフシートで、セルはありません。</translation>
    </message>
    <message>
        <source>%1 rows × %2 columns</source>
        <translation>%1行 × %2列</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>カンマ区切り</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>タブ区切り</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>セミコロン区切り</translation>
    </message>
    <message>
        <source>separated by “%1”</source>
        <translation>「%1」区切り</translation>
    </message>
    <message>
        <source>CSV, %1</source>
        <translation>CSV、%1</translation>
    </message>
    <message>
        <source>CSV, %1, %2</source>
        <translation>CSV、%1、%2</translation>
    </message>
    <message>
        <source>Excel workbook (1904 dates)</source>
        <translation>Excelブック（1904年日付システム）</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excelブック</translation>
    </message>
    <message numerus="yes">
        <source>%n merged range(s)</source>
        <translation>
            <numerusform>結合セル: %nか所</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n row(s) with a different number of cells</source>
        <translation>
            <numerusform>⚠ セル数が異なる行: %n行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>row %1: %n cell(s)</source>
        <translation>
            <numerusform>%1行目: セル%n個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Most rows have %n cell(s). These do not:</source>
        <translation>
            <numerusform>ほとんどの行はセルが%n個ですが、次の行は違います:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n warning(s)</source>
        <translation>
            <numerusform>⚠ 警告: %n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx *.xlsm)</source>
        <translation>表計算ファイル (*.csv *.tsv *.txt *.xlsx *.xlsm)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Open a File</source>
        <translation>ファイルを開く</translation>
    </message>
    <message>
        <source>CSV UTF-8 (Excel) (*.csv)</source>
        <translation>CSV UTF-8（Excel向け）(*.csv)</translation>
    </message>
    <message>
        <source>CSV Shift_JIS/CP932 (*.csv)</source>
        <translation>CSV Shift_JIS/CP932 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excelブック (*.xlsx)</translation>
    </message>
    <message>
        <source>%1 (exported)</source>
        <translation>%1（エクスポート）</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>The translation for “%1” is not available; the interface stays in %2.</source>
        <translation>「%1」の翻訳がありません。表示は%2のままです。</translation>
    </message>
    <message>
        <source>Please wait until the current task finishes, or cancel it.</source>
        <translation>実行中の処理が終わるまでお待ちいただくか、処理をキャンセルしてください。</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>「%1」を開いています…</translation>
    </message>
    <message>
        <source>“%1” is a chart sheet and holds no cells; choose a worksheet tab to save as CSV.</source>
        <translation>「%1」はグラフシートで、セルがありません。CSVとして保存するには、ワークシートのタブを選んでください。</translation>
    </message>
    <message>
        <source>Could not export to “%1”.</source>
        <translation>「%1」にエクスポートできませんでした。</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>「%1」にエクスポートしています…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>「%1」を開いています</translation>
    </message>
    <message>
        <source>Exporting to %1</source>
        <translation>「%1」にエクスポートしています</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>読み込みをキャンセルしました</translation>
    </message>
    <message>
        <source>Could not open “%1”.</source>
        <translation>「%1」を開けませんでした。</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>「%1」を開きました</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>エクスポートをキャンセルしました</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>「%1」にエクスポートしました</translation>
    </message>
    <message>
        <source>Tenarai %1</source>
        <translation>Tenarai %1</translation>
    </message>
    <message>
        <source>Hands-on digital skills training, offline.</source>
        <translation>オフラインで使える、実習形式のデジタルスキル研修</translation>
    </message>
    <message>
        <source>Lessons folder:</source>
        <translation>レッスンフォルダー:</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>Progress database:</source>
        <translation>進捗データベース:</translation>
    </message>
    <message>
        <source>not created yet</source>
        <translation>まだ作成されていません</translation>
    </message>
    <message>
        <source>Built with Qt %1; running on Qt %2.</source>
        <translation>Qt %1でビルドされ、Qt %2で動作しています。</translation>
    </message>
    <message>
        <source>About Tenarai</source>
        <translation>Tenarai について</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>Clean the &amp;Data</source>
        <translation>データを整理(&amp;D)</translation>
    </message>
    <message>
        <source>Fix the current sheet step by step, with a preview of each step</source>
        <translation>今のシートを、ステップごとにプレビューを見ながら整理します</translation>
    </message>
    <message>
        <source>The cleaned table is not ready yet; wait for the preview to finish.</source>
        <translation>整理後の表はまだ準備できていません。プレビューが終わるまでお待ちください。</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>進捗(&amp;P)</translation>
    </message>
    <message>
        <source>My &amp;Progress</source>
        <translation>自分の進捗(&amp;P)</translation>
    </message>
    <message>
        <source>See your lessons, scores, time spent and hints used</source>
        <translation>レッスン、得点、学習時間、使ったヒントを確認します</translation>
    </message>
    <message>
        <source>&amp;Switch Profile…</source>
        <translation>プロフィールを切り替え(&amp;S)…</translation>
    </message>
    <message>
        <source>Choose another learner who uses this PC, or create a profile</source>
        <translation>このPCを使うほかの受講者を選ぶか、プロフィールを作成します</translation>
    </message>
    <message>
        <source>No progress database is open.</source>
        <translation>進捗データベースが開かれていません。</translation>
    </message>
    <message>
        <source>Your progress cannot be recorded on this PC.</source>
        <translation>このPCでは進捗を記録できません。</translation>
    </message>
    <message>
        <source>The profiles on this PC could not be read.</source>
        <translation>このPCのプロフィールを読み込めませんでした。</translation>
    </message>
    <message>
        <source>⚠ Progress is not recorded</source>
        <translation>⚠ 進捗は記録されていません</translation>
    </message>
    <message>
        <source>⚠ Progress can only be read: new results are not saved</source>
        <translation>⚠ 進捗は読み取り専用です: 新しい結果は保存されません</translation>
    </message>
    <message>
        <source>The progress database “%1” cannot be written to. Ask your IT department to check the permissions of the file and its folder.</source>
        <translation>進捗データベース「%1」に書き込めません。ファイルとそのフォルダーのアクセス権を確認するよう、情報システム担当者に依頼してください。</translation>
    </message>
    <message>
        <source>Learner: %1</source>
        <translation>受講者: %1</translation>
    </message>
    <message>
        <source>No profile chosen</source>
        <translation>プロフィールが選ばれていません</translation>
    </message>
    <message>
        <source>Progress is saved in “%1”</source>
        <translation>進捗は「%1」に保存されます</translation>
    </message>
    <message>
        <source>Choose a profile in the Progress menu to save your progress</source>
        <translation>進捗を保存するには、[進捗]メニューでプロフィールを選んでください</translation>
    </message>
    <message>
        <source>Central database</source>
        <translation>中央データベース</translation>
    </message>
    <message>
        <source>⚠ Central database settings have a mistake</source>
        <translation>⚠ 中央データベースの設定に誤りがあります</translation>
    </message>
    <message>
        <source>Your progress is kept on this PC but not sent to the central database, because its settings cannot be used. Please tell your IT department: %1</source>
        <translation>設定を使用できないため、進捗はこのPCに保存されていますが、中央データベースには送信されていません。情報システム担当者にお知らせください: %1</translation>
    </message>
    <message>
        <source>Central database: sending…</source>
        <translation>中央データベース: 送信中…</translation>
    </message>
    <message>
        <source>Your progress is being sent to the central database “%1”.</source>
        <translation>進捗を中央データベース「%1」に送信しています。</translation>
    </message>
    <message>
        <source>Central database: up to date (%1)</source>
        <translation>中央データベース: 最新です（%1）</translation>
    </message>
    <message>
        <source>Your progress on this PC was last sent to the central database “%1” at %2.</source>
        <translation>このPCの進捗は、%2に中央データベース「%1」へ送信しました。</translation>
    </message>
    <message numerus="yes">
        <source>Central database not reachable: %n record(s) waiting; they will be sent later</source>
        <translation>
            <numerusform>中央データベースに接続できません: %n件の記録が送信待ちです。後で送信されます</numerusform>
        </translation>
    </message>
    <message>
        <source>Central database not reachable: your progress is kept on this PC and will be sent later</source>
        <translation>中央データベースに接続できません: 進捗はこのPCに保存されていて、後で送信されます</translation>
    </message>
    <message>
        <source>F&amp;orms</source>
        <translation>フォーム(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;New Form</source>
        <translation>新しいフォーム(&amp;N)</translation>
    </message>
    <message>
        <source>Start an empty form and add its questions yourself</source>
        <translation>空のフォームを作成し、質問を自分で追加します</translation>
    </message>
    <message>
        <source>&amp;Open Form…</source>
        <translation>フォームを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Continue with a form made earlier</source>
        <translation>以前に作成したフォームの作業を続けます</translation>
    </message>
    <message>
        <source>Create Form from &amp;Spreadsheet…</source>
        <translation>表計算ファイルからフォームを作成(&amp;S)…</translation>
    </message>
    <message>
        <source>Propose a form from the columns of a CSV or Excel file, such as a survey sheet</source>
        <translation>調査票などのCSVファイルやExcelファイルの列から、フォームの案を作成します</translation>
    </message>
    <message>
        <source>Create Form from &amp;This Sheet</source>
        <translation>このシートからフォームを作成(&amp;T)</translation>
    </message>
    <message>
        <source>Propose a form from the columns of the sheet shown</source>
        <translation>表示中のシートの列から、フォームの案を作成します</translation>
    </message>
    <message>
        <source>Show &amp;Forms</source>
        <translation>フォームを表示(&amp;F)</translation>
    </message>
    <message>
        <source>Design the open form, fill it in and see its answers</source>
        <translation>開いているフォームの設計、入力、回答の確認を行います</translation>
    </message>
    <message>
        <source>Export Form &amp;Definition…</source>
        <translation>フォームの定義をエクスポート(&amp;D)…</translation>
    </message>
    <message>
        <source>Export &amp;Answers…</source>
        <translation>回答をエクスポート(&amp;A)…</translation>
    </message>
    <message>
        <source>Creating the form was cancelled</source>
        <translation>フォームの作成をキャンセルしました</translation>
    </message>
    <message>
        <source>Could not make a form from “%1”.</source>
        <translation>「%1」からフォームを作成できませんでした。</translation>
    </message>
    <message>
        <source>Create a Form from a Spreadsheet</source>
        <translation>表計算ファイルからフォームを作成</translation>
    </message>
    <message>
        <source>The file has no worksheet with cells to make a form from.</source>
        <translation>このファイルには、フォームの作成に使えるセルのあるワークシートがありません。</translation>
    </message>
    <message>
        <source>Reading %1 to propose a form…</source>
        <translation>フォームの案を作成するため、「%1」を読み込んでいます…</translation>
    </message>
    <message>
        <source>Proposing a form from the sheet “%1”…</source>
        <translation>シート「%1」からフォームの案を作成しています…</translation>
    </message>
    <message>
        <source>The new form could not be saved in the forms folder.</source>
        <translation>新しいフォームをフォームのフォルダーに保存できませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>A form with %n field(s) was proposed from “%1”. Each field says why; check them before use.</source>
        <translation>
            <numerusform>「%1」から、項目が%n個のフォームの案を作成しました。各項目に理由が表示されています。使う前に確認してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>New form</source>
        <translation>新しいフォーム</translation>
    </message>
    <message>
        <source>Could not open the form “%1”.</source>
        <translation>フォーム「%1」を開けませんでした。</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>レッスン(&amp;L)</translation>
    </message>
    <message>
        <source>Lesson &amp;Library</source>
        <translation>レッスン一覧(&amp;L)</translation>
    </message>
    <message>
        <source>Choose a lesson to learn from, with exercises checked as you go</source>
        <translation>レッスンを選んで学習します（演習はその場で答え合わせできます）</translation>
    </message>
    <message>
        <source>&amp;Clean My Own File…</source>
        <translation>自分のファイルを整理(&amp;C)…</translation>
    </message>
    <message>
        <source>Practice with a CSV or Excel file of your own: open it in the data-cleaning workbench</source>
        <translation>自分のCSVファイルやExcelファイルで練習します: データ整理の画面で開きます</translation>
    </message>
    <message>
        <source>&amp;Make a Form from My Own File…</source>
        <translation>自分のファイルからフォームを作成(&amp;M)…</translation>
    </message>
    <message>
        <source>Practice with a CSV or Excel file of your own: propose a form from its columns</source>
        <translation>自分のCSVファイルやExcelファイルで練習します: 列からフォームの案を作成します</translation>
    </message>
    <message>
        <source>Could not open the lesson “%1”.</source>
        <translation>レッスン「%1」を開けませんでした。</translation>
    </message>
    <message>
        <source>Clean My Own File</source>
        <translation>自分のファイルを整理</translation>
    </message>
</context>
<context>
    <name>tenarai::MapValuesStep</name>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Values and what they become</source>
        <translation>値と置き換え後の値</translation>
    </message>
    <message>
        <source>Each line: a value as written in the table, and the value to write instead.</source>
        <translation>1行に1組ずつ: 表に書かれている値と、代わりに書く値。</translation>
    </message>
    <message>
        <source>Ignore full-width and half-width</source>
        <translation>全角・半角を区別しない</translation>
    </message>
    <message>
        <source>ｱﾘ matches アリ, and ＡＢ matches AB.</source>
        <translation>ｱﾘはアリに、ＡＢはABに一致します。</translation>
    </message>
    <message>
        <source>Values not in the list</source>
        <translation>一覧にない値</translation>
    </message>
    <message>
        <source>Leave as they are</source>
        <translation>そのままにする</translation>
    </message>
    <message>
        <source>Make the cell empty</source>
        <translation>セルを空にする</translation>
    </message>
    <message>
        <source>Leave as they are and list them</source>
        <translation>そのままにして一覧に表示する</translation>
    </message>
    <message>
        <source>“column” must be the name of one column.</source>
        <translation>“column”には列名を1つ指定してください。</translation>
    </message>
    <message>
        <source>“map” must list at least one value and what it becomes.</source>
        <translation>“map”には、値と置き換え後の値を1組以上指定してください。</translation>
    </message>
    <message>
        <source>“map”: the value for “%1” must be text.</source>
        <translation>“map”: 「%1」の置き換え後の値は文字列にしてください。</translation>
    </message>
    <message>
        <source>“map”: “%1” and “%2” are the same value written differently, but become different values.</source>
        <translation>“map”: 「%1」と「%2」は書き方が違うだけの同じ値なのに、置き換え後の値が異なります。</translation>
    </message>
    <message>
        <source>“%1” is not in the list of values.</source>
        <translation>「%1」は値の一覧にありません。</translation>
    </message>
    <message>
        <source>Unify spelling variants</source>
        <translation>表記ゆれをそろえる</translation>
    </message>
</context>
<context>
    <name>tenarai::MergeColumnsStep</name>
    <message>
        <source>Columns to merge</source>
        <translation>つなげる列</translation>
    </message>
    <message>
        <source>In the order their text is joined.</source>
        <translation>文字列をつなげる順に並べます。</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>間に入れる文字</translation>
    </message>
    <message>
        <source>Put between the values, such as a full-width space; may be empty.</source>
        <translation>値と値の間に入れる文字（全角の空白など）。空でもかまいません。</translation>
    </message>
    <message>
        <source>Name of the merged column</source>
        <translation>つなげた列の名前</translation>
    </message>
    <message>
        <source>Leave out empty cells</source>
        <translation>空のセルを除く</translation>
    </message>
    <message>
        <source>Avoids a separator at the end when a value is missing.</source>
        <translation>値がないときに、末尾に区切りが残らないようにします。</translation>
    </message>
    <message>
        <source>“columns” names a column twice.</source>
        <translation>“columns”に同じ列が2回指定されています。</translation>
    </message>
    <message>
        <source>“columns” must list at least two columns to merge.</source>
        <translation>“columns”には、つなげる列を2つ以上指定してください。</translation>
    </message>
    <message>
        <source>“separator” must be text.</source>
        <translation>“separator”は文字列にしてください。</translation>
    </message>
    <message>
        <source>“name” must be the name of the merged column.</source>
        <translation>“name”には、つなげた列の名前を指定してください。</translation>
    </message>
    <message>
        <source>Another column is already called “%1”.</source>
        <translation>「%1」という名前の列が既にあります。</translation>
    </message>
    <message>
        <source>“%1” is an error value; it was left out.</source>
        <translation>「%1」はエラー値のため、除外しました。</translation>
    </message>
    <message>
        <source>Merge columns</source>
        <translation>列をつなげる</translation>
    </message>
</context>
<context>
    <name>tenarai::MoveStepCommand</name>
    <message>
        <source>Move “%1”</source>
        <translation>「%1」を移動</translation>
    </message>
</context>
<context>
    <name>tenarai::MunicipalityDirectory</name>
    <message>
        <source>The municipality list is not valid JSON (%1 at byte %2).</source>
        <translation>市区町村の一覧が正しいJSONではありません（%2バイト目: %1）。</translation>
    </message>
    <message>
        <source>The municipality list must be a JSON object that maps each prefecture to its municipalities.</source>
        <translation>市区町村の一覧は、都道府県ごとにその市区町村を並べたJSONオブジェクトにしてください。</translation>
    </message>
    <message>
        <source>The municipality list must name between 1 and 47 prefectures.</source>
        <translation>市区町村の一覧には、1～47の都道府県を記載してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the name of a prefecture.</source>
        <translation>「%1」は都道府県名ではありません。</translation>
    </message>
    <message>
        <source>The municipalities of %1 must be a list of names.</source>
        <translation>%1の市区町村は、名前のリストにしてください。</translation>
    </message>
    <message>
        <source>The municipality list names no municipality.</source>
        <translation>市区町村の一覧に市区町村が1つもありません。</translation>
    </message>
    <message>
        <source>The municipality list cannot be opened: %1</source>
        <translation>市区町村の一覧を開けません: %1</translation>
    </message>
    <message>
        <source>The municipality list is larger than %1 MB.</source>
        <translation>市区町村の一覧が%1 MBを超えています。</translation>
    </message>
    <message>
        <source>The built-in municipality list is missing.</source>
        <translation>内蔵の市区町村一覧が見つかりません。</translation>
    </message>
</context>
<context>
    <name>tenarai::NormalizeAmountsStep</name>
    <message>
        <source>Write as</source>
        <translation>出力の形式</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>Text (1000)</source>
        <translation>文字列（1000）</translation>
    </message>
    <message>
        <source>Amounts to numbers</source>
        <translation>金額を数値に</translation>
    </message>
</context>
<context>
    <name>tenarai::NormalizeBlockNumbersStep</name>
    <message>
        <source>Block numbers as 1-2-3</source>
        <translation>番地を1-2-3の形に</translation>
    </message>
</context>
<context>
    <name>tenarai::NormalizeCommand</name>
    <message>
        <source>date: read Excel serial numbers in the 1904 date system (old Mac Excel) instead of the 1900 system.</source>
        <translation>date: Excelのシリアル値を、1900年日付システムではなく1904年日付システム（古いMac版Excel）で読みます。</translation>
    </message>
    <message>
        <source>kana: write hiragana instead of katakana.</source>
        <translation>kana: カタカナではなく、ひらがなで書き出します。</translation>
    </message>
    <message>
        <source>Normalise values read from stdin, one per line: width, kana, date, number, phone, postal, address, name-key.</source>
        <translation>標準入力から1行に1つずつ読んだ値の表記をそろえます: width、kana、date、number、phone、postal、address、name-key。</translation>
    </message>
    <message>
        <source>[options] KIND &lt; IN &gt; OUT</source>
        <translation>[options] KIND &lt; IN &gt; OUT</translation>
    </message>
    <message>
        <source>Each input line gives one output line. A value that cannot be normalised gives an empty line and a message on stderr with its line number; the exit status is then 1. Blank lines stay blank.</source>
        <translation>入力1行ごとに出力を1行書き出します。表記をそろえられない値は空の行になり、その行番号とメッセージを標準エラー出力に書きます。このとき終了コードは1になります。空白行は空白行のままです。</translation>
    </message>
    <message>
        <source>  width     full-width letters and digits to half-width, half-width katakana to full-width, spaces trimmed</source>
        <translation>  width     全角の英数字を半角に、半角カタカナを全角にし、前後の空白を削除</translation>
    </message>
    <message>
        <source>  kana      hiragana and katakana to katakana (--hiragana: to hiragana)</source>
        <translation>  kana      ひらがな・カタカナをカタカナに（--hiragana: ひらがなに）</translation>
    </message>
    <message>
        <source>  date      和暦, mixed spellings and Excel serial numbers to 2021-04-01</source>
        <translation>  date      和暦、さまざまな書き方、Excelのシリアル値を2021-04-01の形に</translation>
    </message>
    <message>
        <source>  number    amounts such as 1,500円, ￥2,000, 3万 to plain numbers</source>
        <translation>  number    1,500円、￥2,000、3万 などの金額をただの数値に</translation>
    </message>
    <message>
        <source>  phone     Japanese phone numbers with hyphens: 03-1234-5678</source>
        <translation>  phone     日本の電話番号をハイフン区切りに: 03-1234-5678</translation>
    </message>
    <message>
        <source>  postal    postal codes: 123-4567</source>
        <translation>  postal    郵便番号を123-4567の形に</translation>
    </message>
    <message>
        <source>  address   prefecture, municipality and the rest, separated by tabs</source>
        <translation>  address   都道府県、市区町村、残りの部分をタブ区切りで</translation>
    </message>
    <message>
        <source>  name-key  the key under which spellings of one name match (髙橋 = 高橋)</source>
        <translation>  name-key  同じ名前の異なる表記が一致するためのキー（髙橋 = 高橋）</translation>
    </message>
    <message>
        <source>What the values are: %1.</source>
        <translation>値の種類: %1。</translation>
    </message>
    <message>
        <source>Give exactly one KIND.</source>
        <translation>KINDを1つだけ指定してください。</translation>
    </message>
    <message>
        <source>Unknown KIND &quot;%1&quot;; use one of %2.</source>
        <translation>KIND「%1」には対応していません。%2のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--date1904 applies to KIND date only.</source>
        <translation>--date1904 は KIND が date のときだけ使えます。</translation>
    </message>
    <message>
        <source>--hiragana applies to KIND kana only.</source>
        <translation>--hiragana は KIND が kana のときだけ使えます。</translation>
    </message>
    <message>
        <source>Cannot read standard input: %1</source>
        <translation>標準入力を読み込めません: %1</translation>
    </message>
    <message>
        <source>The line is not valid UTF-8.</source>
        <translation>この行は正しいUTF-8ではありません。</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1行目: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 line(s) could not be normalised.</source>
        <translation>
            <numerusform>%1行のうち%n行の表記をそろえられませんでした。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenarai::NormalizeDatesStep</name>
    <message>
        <source>Excel date numbers</source>
        <translation>Excelのシリアル値</translation>
    </message>
    <message>
        <source>How numbers such as 44287 are read as dates; files from old Mac Excel use 1904.</source>
        <translation>44287のような数値を日付として読む方法です。古いMac版Excelのファイルでは1904を使います。</translation>
    </message>
    <message>
        <source>Windows Excel (1900)</source>
        <translation>Windows版Excel（1900）</translation>
    </message>
    <message>
        <source>Old Mac Excel (1904)</source>
        <translation>古いMac版Excel（1904）</translation>
    </message>
    <message>
        <source>Write as</source>
        <translation>出力の形式</translation>
    </message>
    <message>
        <source>Text 2021-04-01</source>
        <translation>文字列 2021-04-01</translation>
    </message>
    <message>
        <source>Date cells</source>
        <translation>日付のセル</translation>
    </message>
    <message>
        <source>Dates to 2021-04-01 form</source>
        <translation>日付を2021-04-01の形に</translation>
    </message>
</context>
<context>
    <name>tenarai::NormalizePhoneStep</name>
    <message>
        <source>Phone numbers with hyphens</source>
        <translation>電話番号をハイフン区切りに</translation>
    </message>
</context>
<context>
    <name>tenarai::NormalizePostalCodeStep</name>
    <message>
        <source>Postal codes as 123-4567</source>
        <translation>郵便番号を123-4567の形に</translation>
    </message>
</context>
<context>
    <name>tenarai::NormalizeWidthStep</name>
    <message>
        <source>Keep circled characters (①, ㈱)</source>
        <translation>丸囲み文字を残す（①、㈱）</translation>
    </message>
    <message>
        <source>When off, ① becomes 1 and ㈱ becomes (株).</source>
        <translation>オフにすると、①は1に、㈱は(株)になります。</translation>
    </message>
    <message>
        <source>Keep squared characters (㍻, ㎏)</source>
        <translation>組み文字を残す（㍻、㎏）</translation>
    </message>
    <message>
        <source>When off, ㍻ becomes 平成 and ㎏ becomes kg.</source>
        <translation>オフにすると、㍻は平成に、㎏はkgになります。</translation>
    </message>
    <message>
        <source>Wave dash</source>
        <translation>波ダッシュ</translation>
    </message>
    <message>
        <source>Make all 〜</source>
        <translation>すべて〜にする</translation>
    </message>
    <message>
        <source>Make all ～ (as in files saved by Excel)</source>
        <translation>すべて～にする（Excelで保存したファイルと同じ）</translation>
    </message>
    <message>
        <source>Leave as written</source>
        <translation>書かれたままにする</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>Except “Leave as written”, spaces before and after are removed and each run of spaces inside becomes one.</source>
        <translation>「書かれたままにする」以外では、前後の空白を削除し、中の連続した空白を1つにします。</translation>
    </message>
    <message>
        <source>Half-width space</source>
        <translation>半角の空白</translation>
    </message>
    <message>
        <source>Full-width space (as in 山田&#x3000;太郎)</source>
        <translation>全角の空白（山田&#x3000;太郎のように）</translation>
    </message>
    <message>
        <source>One space of the width written</source>
        <translation>書かれた幅の空白1つ</translation>
    </message>
    <message>
        <source>Unify full-width and half-width</source>
        <translation>全角・半角をそろえる</translation>
    </message>
</context>
<context>
    <name>tenarai::NumberNormalizer</name>
    <message>
        <source>The value is empty.</source>
        <translation>値が空です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has spaces between digits; it is not read as one amount.</source>
        <translation>「%1」は数字の間に空白があるため、1つの金額としては読み取りません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an approximate amount (%2); it is reported, not guessed.</source>
        <translation>「%1」はおおよその金額（%2）です。推測で数値にせず、ここで知らせます。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; means free of charge; it becomes 0 only when &quot;free counts as 0&quot; is on.</source>
        <translation>「%1」は無料を表します。0になるのは「無料を0とする」がオンのときだけです。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a range, not one amount.</source>
        <translation>「%1」は範囲で、1つの金額ではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>「%1」は金額ではありません。</translation>
    </message>
    <message>
        <source>The digit grouping in &quot;%1&quot; is not in thousands.</source>
        <translation>「%1」の桁区切りが3桁ごとになっていません。</translation>
    </message>
    <message>
        <source>The units in &quot;%1&quot; are out of order.</source>
        <translation>「%1」の単位（万・千など）の順序が正しくありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large.</source>
        <translation>「%1」は大きすぎます。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kanji numeral.</source>
        <translation>「%1」は漢数字ではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>「%1」は数値ではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a fractional part; it is not a whole number.</source>
        <translation>「%1」には小数部分があり、整数ではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large for a whole number.</source>
        <translation>「%1」は整数として扱うには大きすぎます。</translation>
    </message>
</context>
<context>
    <name>tenarai::Pack</name>
    <message>
        <source>The file is not listed in the pack’s pack.json.</source>
        <translation>このファイルは、パックのpack.jsonに記載されていません。</translation>
    </message>
    <message>
        <source>The file has changed since the pack was loaded; load the pack again.</source>
        <translation>パックを読み込んだ後に、このファイルが変更されています。パックを読み込み直してください。</translation>
    </message>
    <message>
        <source>The pack has no lesson “%1”.</source>
        <translation>このパックにレッスン「%1」はありません。</translation>
    </message>
    <message>
        <source>The file has no sheet “%1”.</source>
        <translation>このファイルにシート「%1」はありません。</translation>
    </message>
    <message>
        <source>The file has no sheet number %1.</source>
        <translation>このファイルに番号%1のシートはありません。</translation>
    </message>
    <message>
        <source>The file has no worksheet.</source>
        <translation>このファイルにはワークシートがありません。</translation>
    </message>
    <message>
        <source>The table is empty: its first row must hold the column names.</source>
        <translation>表が空です。1行目には列名を入れてください。</translation>
    </message>
</context>
<context>
    <name>tenarai::PackBuilder</name>
    <message>
        <source>This is not a pack folder.</source>
        <translation>これはパックのフォルダーではありません。</translation>
    </message>
    <message>
        <source>The pack folder has no pack.json.</source>
        <translation>パックのフォルダーにpack.jsonがありません。</translation>
    </message>
    <message>
        <source>pack.json is not valid JSON at line %1: %2.</source>
        <translation>pack.jsonが正しいJSONではありません（%1行目: %2）。</translation>
    </message>
    <message>
        <source>pack.json must hold a JSON object.</source>
        <translation>pack.jsonはJSONオブジェクトにしてください。</translation>
    </message>
    <message>
        <source>The archive cannot be created (error %1).</source>
        <translation>アーカイブを作成できません（エラー %1）。</translation>
    </message>
    <message>
        <source>The archive cannot be written (error %1).</source>
        <translation>アーカイブを書き込めません（エラー %1）。</translation>
    </message>
    <message>
        <source>pack.json cannot be written: %1.</source>
        <translation>pack.json に書き込めません: %1。</translation>
    </message>
    <message>
        <source>The archive must be written outside the pack folder it is built from.</source>
        <translation>アーカイブは、作成元のパックフォルダーの外に書き出してください。</translation>
    </message>
    <message numerus="yes">
        <source>The pack has %n error(s), so no archive was written; the first: %1</source>
        <translation>
            <numerusform>パックにエラーが%n件あるため、アーカイブは書き出しませんでした。最初のエラー: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The pack cannot be loaded, so no archive was written.</source>
        <translation>パックを読み込めないため、アーカイブは書き出しませんでした。</translation>
    </message>
    <message>
        <source>The archive cannot be written: %1.</source>
        <translation>アーカイブを書き込めません: %1。</translation>
    </message>
</context>
<context>
    <name>tenarai::PackCommand</name>
    <message>
        <source>validate: print JSON with stable English keys instead of text.</source>
        <translation>validate: テキストではなく、英語の固定キーを使ったJSONを出力します。</translation>
    </message>
    <message>
        <source>Check, hash, build or test a lesson pack.</source>
        <translation>レッスンパックの検証、ハッシュの書き込み、アーカイブの作成、テストを行います。</translation>
    </message>
    <message>
        <source>validate PATH [--json] | hash DIR | build DIR OUT | test PATH</source>
        <translation>validate PATH [--json] | hash DIR | build DIR OUT | test PATH</translation>
    </message>
    <message>
        <source>validate PATH: load a pack folder or .tenarai-pack archive as Tenarai does and list its lessons, warnings and errors, each with its file and field.
hash DIR: write the SHA-256 of every file of the pack folder into its pack.json.
build DIR OUT: write the valid pack folder DIR as the archive OUT (.tenarai-pack), with a complete list of hashes.
test PATH: check every exercise with the real checker: its reference solution must pass, each wrong solution must fail, the starting state must not pass, and there must be a hint.
Exit status: 0 when all is well (warnings allowed), 1 when the pack has errors or an exercise fails its tests, 2 when the command line is wrong.</source>
        <translation>validate PATH: パックフォルダーまたは .tenarai-pack アーカイブをTenaraiと同じ方法で読み込み、レッスン、警告、エラーを一覧にします。警告とエラーには、それぞれ該当するファイルとキーを示します。
hash DIR: パックフォルダーのすべてのファイルのSHA-256を、そのフォルダーの pack.json に書き込みます。
build DIR OUT: 正しいパックフォルダー DIR を、ハッシュの完全な一覧を付けてアーカイブ OUT（.tenarai-pack）として書き出します。
test PATH: すべての演習を実際のチェック処理で確かめます。模範解答が合格すること、誤答例がそれぞれ不合格になること、開始時の状態が合格しないこと、ヒントがあることを調べます。
終了コード: 問題がなければ0（警告があってもかまいません）、パックにエラーがあるか、テストに失敗した演習があれば1、コマンドラインが正しくなければ2。</translation>
    </message>
    <message>
        <source>validate, hash, build or test, and its paths.</source>
        <translation>validate、hash、build または test と、そのパス。</translation>
    </message>
    <message>
        <source>Say what to do: validate, hash, build or test.</source>
        <translation>何をするか指定してください: validate、hash、build または test。</translation>
    </message>
    <message>
        <source>--json works with validate only.</source>
        <translation>--json は validate でだけ使えます。</translation>
    </message>
    <message>
        <source>Give exactly one pack folder: hash DIR.</source>
        <translation>パックフォルダーを1つだけ指定してください: hash DIR。</translation>
    </message>
    <message>
        <source>Give exactly one pack folder or archive: %1 PATH.</source>
        <translation>パックフォルダーまたはアーカイブを1つだけ指定してください: %1 PATH。</translation>
    </message>
    <message>
        <source>There is no file or folder “%1”.</source>
        <translation>ファイルまたはフォルダー「%1」はありません。</translation>
    </message>
    <message>
        <source>“%1” is not a folder; hash works on a pack folder.</source>
        <translation>「%1」はフォルダーではありません。hash はパックフォルダーに対して使います。</translation>
    </message>
    <message>
        <source>Give the pack folder and the archive to write: build DIR OUT.</source>
        <translation>パックフォルダーと、書き出すアーカイブを指定してください: build DIR OUT。</translation>
    </message>
    <message>
        <source>“%1” is not a pack folder.</source>
        <translation>「%1」はパックフォルダーではありません。</translation>
    </message>
    <message>
        <source>Unknown action “%1”; use validate, hash, build or test.</source>
        <translation>「%1」という操作はありません。validate、hash、build または test を指定してください。</translation>
    </message>
    <message>
        <source>Pack %1, version %2: %3</source>
        <translation>パック %1（バージョン %2）: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s):</source>
        <translation>
            <numerusform>レッスン（%n件）:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2: %n exercise(s)</source>
        <translation>
            <numerusform>%1 — %2: 演習%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>警告:</translation>
    </message>
    <message>
        <source>Errors:</source>
        <translation>エラー:</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid, %n warning(s).</source>
        <translation>
            <numerusform>%1: 正しいパックです。警告%n件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: not valid, %n error(s)</source>
        <translation>
            <numerusform>%1: 正しくありません。エラー%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n warning(s).</source>
        <translation>
            <numerusform>、警告%n件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the SHA-256 of %n file(s) into %1.</source>
        <translation>
            <numerusform>ファイル%n個のSHA-256を「%1」に書き込みました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Built %1 from %2.</source>
        <translation>「%2」から「%1」を作成しました。</translation>
    </message>
    <message>
        <source>%1: the pack is not valid, so its exercises were not tested; run “%2 pack validate” for details.</source>
        <translation>%1: パックが正しくないため、演習はテストしませんでした。詳しくは“%2 pack validate”を実行してください。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n exercise(s) pass every test.</source>
        <translation>
            <numerusform>%1: 演習%n件のうち%2件が、すべてのテストに合格しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenarai::PackLibrary</name>
    <message>
        <source>The pack folder “%1” cannot be found or read.</source>
        <translation>パックフォルダー「%1」が見つからないか、読み込めません。</translation>
    </message>
</context>
<context>
    <name>tenarai::PackLoader</name>
    <message>
        <source>The file must hold a JSON object.</source>
        <translation>ファイルの内容はJSONオブジェクトにしてください。</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1.</source>
        <translation>ファイルが正しいJSONではありません（%1）。</translation>
    </message>
    <message>
        <source>The pack has no pack.json; a pack folder or archive must hold it at its top level.</source>
        <translation>パックに pack.json がありません。pack.json はパックフォルダーまたはアーカイブの最上位に置いてください。</translation>
    </message>
    <message>
        <source>The pack needs Tenarai %1 or newer; this is Tenarai %2. Update Tenarai to use it.</source>
        <translation>このパックにはTenarai %1以降が必要です（このTenaraiは%2です）。使うにはTenaraiを更新してください。</translation>
    </message>
    <message>
        <source>The file “%1” is listed but is not in the pack.</source>
        <translation>ファイル「%1」は pack.json に記載されていますが、パックにありません。</translation>
    </message>
    <message>
        <source>The file’s SHA-256 does not match pack.json (the file changed after the hashes were written); run “tenarai-cli pack hash” again, or restore the file.</source>
        <translation>ファイルのSHA-256が pack.json と一致しません（ハッシュを書き込んだ後にファイルが変更されています）。もう一度“tenarai-cli pack hash”を実行するか、ファイルを元に戻してください。</translation>
    </message>
    <message>
        <source>The file is in the pack but not listed in pack.json’s “files”; list it with its SHA-256 or remove it.</source>
        <translation>このファイルはパックにありますが、pack.json の“files”に記載されていません。SHA-256と一緒に記載するか、ファイルを削除してください。</translation>
    </message>
    <message>
        <source>The file “%1” is not listed in pack.json’s “files”.</source>
        <translation>ファイル「%1」は pack.json の“files”に記載されていません。</translation>
    </message>
    <message>
        <source>The file “%1” is not in the pack.</source>
        <translation>ファイル「%1」はパックにありません。</translation>
    </message>
    <message>
        <source>The lesson has no English text; English users see the Japanese one.</source>
        <translation>このレッスンには英語の本文がありません。英語で使う受講者には日本語の本文が表示されます。</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8 (save it as UTF-8).</source>
        <translation>本文が正しいUTF-8ではありません（UTF-8で保存してください）。</translation>
    </message>
    <message>
        <source>The text names the web address “%1”; learners may be offline, so do not rely on it.</source>
        <translation>本文にWebアドレス「%1」が書かれています。受講者がオフラインの場合もあるため、このアドレスを前提にしないでください。</translation>
    </message>
    <message>
        <source>The text contains raw HTML (%1), which lessons do not show as written; use Markdown instead.</source>
        <translation>本文にHTMLがそのまま書かれています（%1）。レッスンではHTMLは書いたとおりには表示されないため、Markdownを使ってください。</translation>
    </message>
    <message>
        <source>The image “%1” is on the internet; a pack must work offline, so put the image in the pack.</source>
        <translation>画像「%1」はインターネット上にあります。パックはオフラインで使えなければならないため、画像をパックに入れてください。</translation>
    </message>
    <message>
        <source>The link “%1” points to the internet; a pack must work offline, so link only to files of the pack.</source>
        <translation>リンク「%1」はインターネット上を指しています。パックはオフラインで使えなければならないため、リンク先はパック内のファイルだけにしてください。</translation>
    </message>
    <message>
        <source>The image “%1” is not a file of the pack; write a path relative to this file.</source>
        <translation>画像「%1」はパック内のファイルではありません。このファイルからの相対パスで書いてください。</translation>
    </message>
    <message>
        <source>The link “%1” is not to a file of the pack; write a path relative to this file.</source>
        <translation>リンク「%1」のリンク先がパック内のファイルではありません。このファイルからの相対パスで書いてください。</translation>
    </message>
    <message>
        <source>The image “%1” is outside the pack.</source>
        <translation>画像「%1」はパックの外にあります。</translation>
    </message>
    <message>
        <source>The link “%1” leads outside the pack.</source>
        <translation>リンク「%1」はパックの外を指しています。</translation>
    </message>
    <message>
        <source>The path “%1” cannot be used: %2</source>
        <translation>パス「%1」は使えません: %2</translation>
    </message>
    <message>
        <source>The image “%1” is not in the pack (looked for “%2”).</source>
        <translation>画像「%1」がパックにありません（「%2」を探しました）。</translation>
    </message>
    <message>
        <source>The link “%1” names a file that is not in the pack (looked for “%2”).</source>
        <translation>リンク「%1」が指すファイルがパックにありません（「%2」を探しました）。</translation>
    </message>
    <message>
        <source>The exercise’s id “%1” differs from “%2”, its id in pack.json.</source>
        <translation>演習のID「%1」が、pack.json でのID「%2」と異なります。</translation>
    </message>
    <message>
        <source>The exercise has no reference solution.</source>
        <translation>この演習には模範解答がありません。</translation>
    </message>
    <message>
        <source>The exercise needs this file.</source>
        <translation>この演習にはこのファイルが必要です。</translation>
    </message>
    <message>
        <source>The target table has no column “%1”.</source>
        <translation>目標の表に列「%1」がありません。</translation>
    </message>
    <message>
        <source>The quiz has no question “%1”.</source>
        <translation>クイズに問題「%1」がありません。</translation>
    </message>
    <message>
        <source>The question has no option “%1”.</source>
        <translation>問題に選択肢「%1」がありません。</translation>
    </message>
    <message>
        <source>No pack was given.</source>
        <translation>パックが指定されていません。</translation>
    </message>
</context>
<context>
    <name>tenarai::PackManifest</name>
    <message>
        <source>The key %1 is not part of the pack format and is ignored.</source>
        <translation>キー%1はパックの形式にないため、無視します。</translation>
    </message>
    <message>
        <source>The required key %1 is missing.</source>
        <translation>必須のキー%1がありません。</translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation>%1は文字列にしてください。</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1が%2文字を超えています。</translation>
    </message>
    <message>
        <source>%1 needs a Japanese text.</source>
        <translation>%1には日本語の文字列を指定してください。</translation>
    </message>
    <message>
        <source>“estimatedMinutes” must be a whole number from 0 to %1.</source>
        <translation>“estimatedMinutes”は0以上%1以下の整数にしてください。</translation>
    </message>
    <message>
        <source>A file path must be text.</source>
        <translation>ファイルのパスは文字列にしてください。</translation>
    </message>
    <message>
        <source>pack.json cannot be named as one of the pack&apos;s files.</source>
        <translation>pack.json 自体をパックのファイルとして指定することはできません。</translation>
    </message>
    <message>
        <source>A lesson must be a JSON object.</source>
        <translation>レッスンはJSONオブジェクトにしてください。</translation>
    </message>
    <message>
        <source>A lesson id may hold only a–z, 0–9 and “-”, and must start with a letter or digit.</source>
        <translation>レッスンIDに使えるのは a–z、0–9、“-” だけです。先頭は英字か数字にしてください。</translation>
    </message>
    <message>
        <source>“text” must be an object naming the Markdown file of each language.</source>
        <translation>“text”は、言語ごとのMarkdownファイルを指定するオブジェクトにしてください。</translation>
    </message>
    <message>
        <source>“exercises” must be a list of exercise ids.</source>
        <translation>“exercises”は演習IDのリストにしてください。</translation>
    </message>
    <message>
        <source>A lesson may have at most %1 exercises.</source>
        <translation>1つのレッスンに入れられる演習は%1件までです。</translation>
    </message>
    <message>
        <source>Each entry of “exercises” must be an exercise id.</source>
        <translation>“exercises”の要素はすべて演習IDにしてください。</translation>
    </message>
    <message>
        <source>The exercise “%1” is listed twice.</source>
        <translation>演習「%1」が2回記載されています。</translation>
    </message>
    <message>
        <source>The lesson has no exercises, so a learner can never complete it.</source>
        <translation>このレッスンには演習がないため、受講者が修了できません。</translation>
    </message>
    <message>
        <source>“minimumScore” must be a number from 0 to 1.</source>
        <translation>“minimumScore”は0以上1以下の数値にしてください。</translation>
    </message>
    <message>
        <source>“completion” must be “allExercises” or an object such as {&quot;minimumScore&quot;: 0.8}.</source>
        <translation>“completion”は“allExercises”か、{&quot;minimumScore&quot;: 0.8} のようなオブジェクトにしてください。</translation>
    </message>
    <message>
        <source>An exercise entry must be a JSON object.</source>
        <translation>演習の定義はJSONオブジェクトにしてください。</translation>
    </message>
    <message>
        <source>An exercise id may hold only a–z, 0–9 and “-”, and must start with a letter or digit.</source>
        <translation>演習IDに使えるのは a–z、0–9、“-” だけです。先頭は英字か数字にしてください。</translation>
    </message>
    <message>
        <source>A pack id may hold only a–z, 0–9, “.”, “_” and “-”, and must start with a letter or digit.</source>
        <translation>パックIDに使えるのは a–z、0–9、“.”、“_”、“-” だけです。先頭は英字か数字にしてください。</translation>
    </message>
    <message>
        <source>“packVersion” must be numbers separated by dots, such as “1.0.0”.</source>
        <translation>“packVersion”は“1.0.0”のように、数字をドットで区切った形にしてください。</translation>
    </message>
    <message>
        <source>“minAppVersion” must be numbers separated by dots, such as “0.1.0”.</source>
        <translation>“minAppVersion”は“0.1.0”のように、数字をドットで区切った形にしてください。</translation>
    </message>
    <message>
        <source>“authors” must be a list of names.</source>
        <translation>“authors”は名前のリストにしてください。</translation>
    </message>
    <message>
        <source>“authors” has more than %1 names.</source>
        <translation>“authors”の名前が%1人を超えています。</translation>
    </message>
    <message>
        <source>Each author must be a name as text.</source>
        <translation>作成者はそれぞれ、名前を文字列で指定してください。</translation>
    </message>
    <message>
        <source>“lessons” must be a list.</source>
        <translation>“lessons”はリストにしてください。</translation>
    </message>
    <message>
        <source>A pack needs at least one lesson.</source>
        <translation>パックにはレッスンが1つ以上必要です。</translation>
    </message>
    <message>
        <source>A pack may have at most %1 lessons.</source>
        <translation>1つのパックに入れられるレッスンは%1件までです。</translation>
    </message>
    <message>
        <source>The lesson id “%1” is used twice.</source>
        <translation>レッスンID「%1」が2回使われています。</translation>
    </message>
    <message>
        <source>“exercises” must be a list.</source>
        <translation>“exercises”はリストにしてください。</translation>
    </message>
    <message>
        <source>A pack may have at most %1 exercises.</source>
        <translation>1つのパックに入れられる演習は%1件までです。</translation>
    </message>
    <message>
        <source>The exercise id “%1” is used twice.</source>
        <translation>演習ID「%1」が2回使われています。</translation>
    </message>
    <message>
        <source>The file “%1” is named by two exercises.</source>
        <translation>ファイル「%1」が2つの演習で指定されています。</translation>
    </message>
    <message>
        <source>“files” must be an object from each file&apos;s path to its SHA-256.</source>
        <translation>“files”は、各ファイルのパスとそのSHA-256を対応させたオブジェクトにしてください。</translation>
    </message>
    <message>
        <source>“files” lists more than %1 files.</source>
        <translation>“files”のファイルが%1個を超えています。</translation>
    </message>
    <message>
        <source>The file “%1” is listed twice.</source>
        <translation>ファイル「%1」が2回記載されています。</translation>
    </message>
    <message>
        <source>A file&apos;s hash must be its SHA-256 as 64 lower-case hexadecimal digits.</source>
        <translation>ファイルのハッシュは、SHA-256を小文字の16進数64桁で書いてください。</translation>
    </message>
    <message>
        <source>The exercise “%1” is not listed in “exercises”.</source>
        <translation>演習「%1」が“exercises”に記載されていません。</translation>
    </message>
    <message>
        <source>The exercise “%1” is already part of the lesson “%2”.</source>
        <translation>演習「%1」はすでにレッスン「%2」に含まれています。</translation>
    </message>
    <message>
        <source>The exercise “%1” is not part of any lesson.</source>
        <translation>演習「%1」はどのレッスンにも含まれていません。</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>%1行目、%2文字目</translation>
    </message>
    <message>
        <source>The manifest is larger than %1 MiB.</source>
        <translation>マニフェストが%1 MiBを超えています。</translation>
    </message>
    <message>
        <source>The manifest is not valid JSON: %1.</source>
        <translation>マニフェストが正しいJSONではありません（%1）。</translation>
    </message>
    <message>
        <source>The manifest must be a JSON object.</source>
        <translation>マニフェストはJSONオブジェクトにしてください。</translation>
    </message>
    <message>
        <source>This is not a Tenarai pack manifest (“format” must be “%1”).</source>
        <translation>Tenaraiのパックのマニフェストではありません（“format”は“%1”にしてください）。</translation>
    </message>
    <message>
        <source>“version” must be a whole number, 1 or more.</source>
        <translation>“version”は1以上の整数にしてください。</translation>
    </message>
    <message>
        <source>This pack needs a newer Tenarai: it is written in pack format %1, and this version reads format %2 and older.</source>
        <translation>このパックには新しいバージョンのTenaraiが必要です。パックの形式は%1ですが、このバージョンが読めるのは形式%2以前です。</translation>
    </message>
</context>
<context>
    <name>tenarai::PackSource</name>
    <message>
        <source>The pack cannot be found: the path does not exist.</source>
        <translation>パックが見つかりません。パスが存在しません。</translation>
    </message>
    <message>
        <source>The path is neither a pack folder nor a .tenarai-pack archive.</source>
        <translation>このパスはパックフォルダーでも .tenarai-pack アーカイブでもありません。</translation>
    </message>
    <message>
        <source>The archive is %1 bytes, more than the limit of %2.</source>
        <translation>アーカイブのサイズが%1バイトで、上限の%2バイトを超えています。</translation>
    </message>
    <message>
        <source>The pack cannot be opened: %1</source>
        <translation>パックを開けません: %1</translation>
    </message>
    <message>
        <source>The file is neither a pack folder nor a .tenarai-pack archive.</source>
        <translation>このファイルはパックフォルダーでも .tenarai-pack アーカイブでもありません。</translation>
    </message>
    <message>
        <source>The path is empty.</source>
        <translation>パスが空です。</translation>
    </message>
    <message>
        <source>The path is longer than %1 bytes.</source>
        <translation>パスが%1バイトを超えています。</translation>
    </message>
    <message>
        <source>The path is not valid UTF-8 text.</source>
        <translation>パスが正しいUTF-8の文字列ではありません。</translation>
    </message>
    <message>
        <source>The path contains a control character.</source>
        <translation>パスに制御文字が含まれています。</translation>
    </message>
    <message>
        <source>The path contains a backslash; use &apos;/&apos; between folders.</source>
        <translation>パスに円記号（バックスラッシュ、\）が含まれています。フォルダーの区切りには &apos;/&apos; を使ってください。</translation>
    </message>
    <message>
        <source>The path is absolute; it must be relative to the pack.</source>
        <translation>パスが絶対パスです。パックからの相対パスにしてください。</translation>
    </message>
    <message>
        <source>The path starts with a drive letter; it must be relative to the pack.</source>
        <translation>パスがドライブ文字で始まっています。パックからの相対パスにしてください。</translation>
    </message>
    <message>
        <source>The path contains &apos;:&apos;, which Windows does not allow in file names.</source>
        <translation>パスに &apos;:&apos; が含まれています。Windowsではファイル名に使えない文字です。</translation>
    </message>
    <message>
        <source>The path has an empty folder name (&apos;//&apos; or a trailing &apos;/&apos;).</source>
        <translation>パスに空のフォルダー名があります（&apos;//&apos; または末尾の &apos;/&apos;）。</translation>
    </message>
    <message>
        <source>The path contains a &apos;%1&apos; segment; it must stay inside the pack.</source>
        <translation>パスに &apos;%1&apos; という要素が含まれています。パックの外を指さないようにしてください。</translation>
    </message>
</context>
<context>
    <name>tenarai::PackTester</name>
    <message>
        <source>no summary</source>
        <translation>概要なし</translation>
    </message>
    <message>
        <source>Exercise %1 names no reference solution.</source>
        <translation>演習%1に模範解答が指定されていません。</translation>
    </message>
    <message>
        <source>Reference solution %1 of exercise %2 cannot be read: %3.</source>
        <translation>演習%2の模範解答%1を読み込めません: %3。</translation>
    </message>
    <message>
        <source>Reference solution %1 of exercise %2 cannot be checked: %3.</source>
        <translation>演習%2の模範解答%1をチェックできません: %3。</translation>
    </message>
    <message>
        <source>Reference solution %1 of exercise %2 does not pass: %3.</source>
        <translation>演習%2の模範解答%1が合格しません: %3。</translation>
    </message>
    <message>
        <source>Reference solution %1 of exercise %2 passes.</source>
        <translation>演習%2の模範解答%1は合格します。</translation>
    </message>
    <message>
        <source>Wrong solution %1 of exercise %2 cannot be read: %3.</source>
        <translation>演習%2の誤答例%1を読み込めません: %3。</translation>
    </message>
    <message>
        <source>Wrong solution %1 of exercise %2 cannot be checked: %3.</source>
        <translation>演習%2の誤答例%1をチェックできません: %3。</translation>
    </message>
    <message>
        <source>Wrong solution %1 of exercise %2 passes, so the checker would accept this mistake.</source>
        <translation>演習%2の誤答例%1が合格してしまいます。このままでは、この誤りが正解と判定されます。</translation>
    </message>
    <message>
        <source>Wrong solution %1 of exercise %2 is rejected: %3.</source>
        <translation>演習%2の誤答例%1は不合格になります: %3。</translation>
    </message>
    <message>
        <source>The start table %1</source>
        <translation>開始時の表%1</translation>
    </message>
    <message>
        <source>The start form (%1)</source>
        <translation>開始時のフォーム（%1）</translation>
    </message>
    <message>
        <source>The start form %1</source>
        <translation>開始時のフォーム%1</translation>
    </message>
    <message>
        <source>The quiz without answers</source>
        <translation>未解答のクイズ</translation>
    </message>
    <message>
        <source>%1 of exercise %2 cannot be checked: %3.</source>
        <translation>演習%2の%1をチェックできません: %3。</translation>
    </message>
    <message>
        <source>%1 of exercise %2 already passes, so the learner has nothing to do.</source>
        <translation>演習%2の%1がすでに合格しています。これでは受講者がすることがありません。</translation>
    </message>
    <message>
        <source>%1 of exercise %2 does not pass yet: %3.</source>
        <translation>演習%2の%1は、まだ合格しない状態です: %3。</translation>
    </message>
    <message>
        <source>Exercise %1 has no hint; give it at least one.</source>
        <translation>演習%1にヒントがありません。1つ以上追加してください。</translation>
    </message>
    <message numerus="yes">
        <source>Exercise %1 has %n hint(s).</source>
        <translation>
            <numerusform>演習%1にはヒントが%n個あります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenarai::PhoneNormalizer</name>
    <message>
        <source>The phone number contains &quot;%1&quot;, which is not part of a phone number.</source>
        <translation>電話番号に、電話番号には使わない「%1」が含まれています。</translation>
    </message>
    <message>
        <source>The phone number contains no digits.</source>
        <translation>電話番号に数字がありません。</translation>
    </message>
    <message numerus="yes">
        <source>The number has %n digit(s); Japanese numbers have 10 or 11.</source>
        <translation>
            <numerusform>番号が%n桁です。日本の電話番号は10桁または11桁です。</numerusform>
        </translation>
    </message>
    <message>
        <source>The number is not a valid phone number for its country code.</source>
        <translation>国番号に対して正しい電話番号ではありません。</translation>
    </message>
    <message>
        <source>The number is not a valid Japanese phone number: no number in use in Japan starts with these digits or has this length.</source>
        <translation>日本の電話番号として正しくありません。日本で使われている番号に、この数字で始まるもの、またはこの桁数のものはありません。</translation>
    </message>
</context>
<context>
    <name>tenarai::PivotStep</name>
    <message>
        <source>Column with the new column names</source>
        <translation>新しい列名が入った列</translation>
    </message>
    <message>
        <source>Column with the values</source>
        <translation>値が入った列</translation>
    </message>
    <message>
        <source>When a cell gets several values</source>
        <translation>1つのセルに複数の値が入るとき</translation>
    </message>
    <message>
        <source>Keep the first (report the others)</source>
        <translation>最初の値を残す（ほかの値は一覧に表示）</translation>
    </message>
    <message>
        <source>Add them up</source>
        <translation>合計する</translation>
    </message>
    <message>
        <source>Count them</source>
        <translation>個数を数える</translation>
    </message>
    <message>
        <source>“attribute” must name the column whose values become column names.</source>
        <translation>“attribute”には、値が列名になる列を指定してください。</translation>
    </message>
    <message>
        <source>“value” must name the column with the values.</source>
        <translation>“value”には、値が入った列を指定してください。</translation>
    </message>
    <message>
        <source>“attribute” and “value” must be different columns.</source>
        <translation>“attribute”と“value”には別々の列を指定してください。</translation>
    </message>
    <message>
        <source>This row has no “%1”, so its value “%2” has no column; it was left out.</source>
        <translation>この行には「%1」がないため、値「%2」を入れる列がありません。除外しました。</translation>
    </message>
    <message>
        <source>The value “%1” would become a column, but another column is already called that.</source>
        <translation>値「%1」は列名になりますが、同じ名前の列が既にあります。</translation>
    </message>
    <message>
        <source>“%1” has more than %2 different values; that many columns cannot be made.</source>
        <translation>「%1」には異なる値が%2個を超えてあります。そこまで多くの列は作れません。</translation>
    </message>
    <message>
        <source>The result would have %1 rows and %2 columns, more than Tenarai can hold.</source>
        <translation>結果が%1行 × %2列になり、Tenaraiで扱える大きさを超えます。</translation>
    </message>
    <message>
        <source>Another value for “%1” in the same row: “%2” was kept, “%3” left out.</source>
        <translation>同じ行の「%1」に別の値があります。「%2」を残し、「%3」は除外しました。</translation>
    </message>
    <message>
        <source>“%1” is not a number; it was left out of the sum.</source>
        <translation>「%1」は数値ではないため、合計に含めませんでした。</translation>
    </message>
    <message>
        <source>Turn rows into columns</source>
        <translation>行を列に変換</translation>
    </message>
</context>
<context>
    <name>tenarai::PostalAddressDirectory</name>
    <message>
        <source>Address auto-fill is not available: no postal-code table is installed (IT can put one at %1).</source>
        <translation>住所の自動入力は使えません。郵便番号表がインストールされていません（情報システム担当者が「%1」に配置できます）。</translation>
    </message>
    <message>
        <source>The postal-code table cannot be opened: %1</source>
        <translation>郵便番号表を開けません: %1</translation>
    </message>
    <message>
        <source>The postal-code table is larger than %1 MiB.</source>
        <translation>郵便番号表が%1 MiBを超えています。</translation>
    </message>
    <message>
        <source>The postal-code table cannot be read: %1</source>
        <translation>郵便番号表を読み込めません: %1</translation>
    </message>
    <message>
        <source>The postal-code table is empty.</source>
        <translation>郵便番号表が空です。</translation>
    </message>
    <message>
        <source>This is not a postal-code table: the first line is neither a row of Japan Post&apos;s KEN_ALL.CSV nor a header with the columns code, prefecture, city and town.</source>
        <translation>郵便番号表ではありません。1行目が、日本郵便のKEN_ALL.CSVの行でも、code、prefecture、city、town の列がある見出し行でもありません。</translation>
    </message>
    <message>
        <source>The postal-code table&apos;s header lacks the column(s) %1.</source>
        <translation>郵便番号表の見出し行に次の列がありません: %1。</translation>
    </message>
    <message numerus="yes">
        <source>The postal-code table has no row with a readable postal code and address (%n row(s) skipped).</source>
        <translation>
            <numerusform>郵便番号表に、郵便番号と住所を読み取れる行がありません（%n行を読み飛ばしました）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenarai::PostalCodeNormalizer</name>
    <message>
        <source>The postal code has more than 7 digits; Japanese postal codes have 7.</source>
        <translation>郵便番号が7桁を超えています。日本の郵便番号は7桁です。</translation>
    </message>
    <message>
        <source>The postal code contains &quot;%1&quot;; it should hold 7 digits and one hyphen.</source>
        <translation>郵便番号に「%1」が含まれています。郵便番号は7桁の数字とハイフン1つで書きます。</translation>
    </message>
    <message numerus="yes">
        <source>The postal code has %n digit(s); Japanese postal codes have 7 (123-4567).</source>
        <translation>
            <numerusform>郵便番号が%n桁です。日本の郵便番号は7桁です（123-4567）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The hyphen is in the wrong place; Japanese postal codes are written 123-4567.</source>
        <translation>ハイフンの位置が違います。日本の郵便番号は123-4567の形で書きます。</translation>
    </message>
</context>
<context>
    <name>tenarai::PreviewTableModel</name>
    <message>
        <source>Changed by this step</source>
        <translation>このステップで変更</translation>
    </message>
    <message>
        <source>%1 (changed by this step)</source>
        <translation>%1（このステップで変更）</translation>
    </message>
</context>
<context>
    <name>tenarai::ProfilePickerDialog</name>
    <message>
        <source>The list of profiles could not be read: %1</source>
        <translation>プロフィールの一覧を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Enter your name to create a profile.</source>
        <translation>プロフィールを作成するには、名前を入力してください。</translation>
    </message>
    <message>
        <source>“%1” is already in the list and is now selected.</source>
        <translation>「%1」は既に一覧にあるため、それを選択しました。</translation>
    </message>
    <message>
        <source>The profile “%1” could not be created.</source>
        <translation>プロフィール「%1」を作成できませんでした。</translation>
    </message>
    <message>
        <source>Who Is Learning?</source>
        <translation>受講者の選択</translation>
    </message>
    <message>
        <source>Choose your name so that your progress is kept apart from that of others who use this PC.</source>
        <translation>このPCを使うほかの人と進捗が混ざらないように、自分の名前を選んでください。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Profiles on this PC</source>
        <translation>このPCのプロフィール</translation>
    </message>
    <message>
        <source>Nobody has a profile on this PC yet. Enter your name below to start.</source>
        <translation>このPCにはまだプロフィールがありません。下に名前を入力して始めてください。</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新しいプロフィール</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>所属(&amp;D):</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Progress on this PC can only be read just now, so no profile can be created.</source>
        <translation>現在、このPCの進捗は読み取り専用のため、プロフィールを作成できません。</translation>
    </message>
    <message>
        <source>No password is needed. Everyone who uses this PC can see the names in this list.</source>
        <translation>パスワードは不要です。この一覧の名前は、このPCを使うすべての人が見ることができます。</translation>
    </message>
    <message>
        <source>&amp;Create Profile</source>
        <translation>プロフィールを作成(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Use This Profile</source>
        <translation>このプロフィールを使う(&amp;U)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>tenarai::ProgressBundle</name>
    <message>
        <source>its record belongs to another learner than the event says</source>
        <translation>イベントに書かれている受講者とは別の受講者の記録です</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB, more than any progress bundle; it is not read.</source>
        <translation>ファイルが%1 MiBを超えています。記録ファイルとしては大きすぎるため、読み込みません。</translation>
    </message>
    <message>
        <source>The file is empty; it is not a progress bundle.</source>
        <translation>ファイルが空です。記録ファイルではありません。</translation>
    </message>
    <message>
        <source>The file ends too early (at byte %1): it is incomplete, perhaps copied before the copy had finished. Export it again.</source>
        <translation>ファイルが途中で終わっています（%1バイト目）。コピーが終わる前に持ち出されたなどの理由で、不完全になっている可能性があります。もう一度エクスポートしてください。</translation>
    </message>
    <message>
        <source>The file is not a progress bundle, or it is damaged: %1 at byte %2.</source>
        <translation>このファイルは記録ファイルではないか、壊れています（%2バイト目: %1）。</translation>
    </message>
    <message>
        <source>The file is not a progress bundle.</source>
        <translation>このファイルは記録ファイルではありません。</translation>
    </message>
    <message>
        <source>The file is not a progress bundle (it does not say “format”: “%1”).</source>
        <translation>このファイルは記録ファイルではありません（“format”: “%1”がありません）。</translation>
    </message>
    <message>
        <source>The bundle&apos;s format version is missing or not a whole number.</source>
        <translation>記録ファイルの形式のバージョンがないか、整数ではありません。</translation>
    </message>
    <message>
        <source>The bundle was made by a newer version of Tenarai (format version %1; this one reads %2). Update Tenarai on this PC to import it.</source>
        <translation>この記録ファイルは新しいバージョンのTenaraiで作成されています（形式のバージョン%1。このTenaraiが読めるのはバージョン%2です）。インポートするには、このPCのTenaraiを更新してください。</translation>
    </message>
    <message>
        <source>The bundle has no “content” or no “digest”: it is damaged or was edited.</source>
        <translation>記録ファイルに“content”または“digest”がありません。ファイルが壊れているか、編集されています。</translation>
    </message>
    <message>
        <source>The bundle was not made with this organisation&apos;s key, which this PC requires. Export it again on a PC that has the key.</source>
        <translation>この記録ファイルは、このPCで必要な組織の鍵を使って作成されていません。鍵のあるPCでもう一度エクスポートしてください。</translation>
    </message>
    <message>
        <source>The bundle was made with an organisation key, and this PC has none configured to check it with.</source>
        <translation>この記録ファイルは組織の鍵を使って作成されていますが、このPCには確認に使う鍵が設定されていません。</translation>
    </message>
    <message>
        <source>The bundle&apos;s digest algorithm “%1” is not one Tenarai knows.</source>
        <translation>記録ファイルのダイジェストのアルゴリズム「%1」には、Tenaraiは対応していません。</translation>
    </message>
    <message>
        <source>The bundle&apos;s contents do not match its digest: the file was changed or damaged after it was exported. It is refused; export it again from the original PC.</source>
        <translation>記録ファイルの内容がダイジェストと一致しません。エクスポートした後に、ファイルが変更されたか壊れています。このファイルは受け付けません。元のPCからもう一度エクスポートしてください。</translation>
    </message>
    <message>
        <source>The bundle&apos;s “%1” is not a date and time.</source>
        <translation>記録ファイルの“%1”が日付と時刻ではありません。</translation>
    </message>
    <message>
        <source>The bundle does not say whose progress it holds (“%1”).</source>
        <translation>記録ファイルに、誰の進捗かが書かれていません（“%1”）。</translation>
    </message>
    <message>
        <source>The bundle has no list of “%1”.</source>
        <translation>記録ファイルに“%1”のリストがありません。</translation>
    </message>
    <message>
        <source>The bundle holds %1 records, more than the %2 a bundle may hold.</source>
        <translation>記録ファイルに%1件の記録があり、上限の%2件を超えています。</translation>
    </message>
    <message>
        <source>it is not an object</source>
        <translation>オブジェクトではありません</translation>
    </message>
    <message>
        <source>it belongs to another learner than the bundle</source>
        <translation>記録ファイルとは別の受講者の記録です</translation>
    </message>
    <message>
        <source>Record %1 of %2 is not valid: %3.</source>
        <translation>%2件中%1件目の記録が正しくありません: %3。</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1.</source>
        <translation>ファイルを開けません（%1）。</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>ファイルを読み込めません（%1）。</translation>
    </message>
    <message>
        <source>The bundle cannot be written: %1.</source>
        <translation>記録ファイルを書き込めません（%1）。</translation>
    </message>
    <message>
        <source>The organisation key file cannot be read: %1.</source>
        <translation>組織の鍵ファイルを読み込めません（%1）。</translation>
    </message>
    <message>
        <source>The organisation key file is larger than %1 bytes; it should hold one line of random characters.</source>
        <translation>組織の鍵ファイルが%1バイトを超えています。ランダムな文字を1行だけ書いたファイルにしてください。</translation>
    </message>
    <message>
        <source>The organisation key file holds %1 characters; at least %2 random characters are needed.</source>
        <translation>組織の鍵ファイルの文字数が%1文字です。ランダムな文字が%2文字以上必要です。</translation>
    </message>
    <message>
        <source>There is no learner with the id “%1”.</source>
        <translation>ID「%1」の受講者はいません。</translation>
    </message>
</context>
<context>
    <name>tenarai::ProgressDashboard</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>under 1 min</source>
        <translation>1分未満</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1分</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1時間%2分</translation>
    </message>
    <message>
        <source>Progress cannot be recorded on this PC just now. Lessons still work, but results are not saved.

%1

If this stays so, show this message to your IT department.</source>
        <translation>現在、このPCでは進捗を記録できません。レッスンは引き続き使えますが、結果は保存されません。

%1

この状態が続く場合は、このメッセージを情報システム担当者に見せてください。</translation>
    </message>
    <message>
        <source>Choose your profile to see your progress.</source>
        <translation>進捗を見るには、自分のプロフィールを選んでください。</translation>
    </message>
    <message>
        <source>Your progress could not be read.

%1</source>
        <translation>進捗を読み込めませんでした。

%1</translation>
    </message>
    <message>
        <source>Nothing is recorded for “%1” yet.

Open a lesson, do an exercise and press Check: your scores, the time you spent and the hints you used will appear here.</source>
        <translation>「%1」の記録はまだありません。

レッスンを開いて演習を行い、「答え合わせ」を押すと、得点、学習時間、使ったヒントがここに表示されます。</translation>
    </message>
    <message>
        <source>My progress</source>
        <translation>自分の進捗</translation>
    </message>
    <message>
        <source>Progress of “%1”</source>
        <translation>「%1」の進捗</translation>
    </message>
    <message>
        <source>Progress of “%1” (%2)</source>
        <translation>「%1」（%2）の進捗</translation>
    </message>
    <message>
        <source>Lessons completed: %1 of %2 started · Attempts: %3, passed: %4 · Time spent: %5 · Hints used: %6</source>
        <translation>修了したレッスン: 開始した%2件のうち%1件 · 解答: %3回（合格: %4回） · 学習時間: %5 · ヒントの使用回数: %6</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>修了</translation>
    </message>
    <message>
        <source>Started, not completed yet</source>
        <translation>開始済み（未修了）</translation>
    </message>
    <message>
        <source>Lesson pack</source>
        <translation>レッスンパック</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>レッスン</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得点</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>時間（分）</translation>
    </message>
    <message>
        <source>Hints used</source>
        <translation>ヒントの使用回数</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>レッスン</translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>ヒント</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>未修了</translation>
    </message>
    <message>
        <source>Save My Progress as CSV</source>
        <translation>進捗をCSVで保存</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV（Excel向け）(*.csv)</translation>
    </message>
    <message>
        <source>Save My Progress for a Learning Record Store</source>
        <translation>進捗を学習記録ストア（LRS）向けに保存</translation>
    </message>
    <message>
        <source>xAPI statements (*.json)</source>
        <translation>xAPIステートメント (*.json)</translation>
    </message>
    <message>
        <source>Save a SCORM Summary</source>
        <translation>SCORMサマリーを保存</translation>
    </message>
    <message>
        <source>SCORM summary as CSV (*.csv)</source>
        <translation>SCORMサマリー（CSV）(*.csv)</translation>
    </message>
    <message>
        <source>SCORM summary as JSON (*.json)</source>
        <translation>SCORMサマリー（JSON）(*.json)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>The report could not be saved to “%1”.</source>
        <translation>レポートを「%1」に保存できませんでした。</translation>
    </message>
    <message>
        <source>Saved “%1” in the folder %2.</source>
        <translation>「%1」をフォルダー「%2」に保存しました。</translation>
    </message>
    <message>
        <source>Save All My Records in One File</source>
        <translation>すべての記録を1つのファイルに保存</translation>
    </message>
    <message>
        <source>My records</source>
        <translation>自分の記録</translation>
    </message>
    <message>
        <source>Tenarai records (*.%1)</source>
        <translation>Tenaraiの記録ファイル (*.%1)</translation>
    </message>
    <message>
        <source>Your records could not be saved to “%1”.</source>
        <translation>記録を「%1」に保存できませんでした。</translation>
    </message>
    <message>
        <source>Saved your records in “%1” in the folder %2. On another PC, open “My progress” and choose “Add Records from a File”. The file holds your name: keep it like any personal document.</source>
        <translation>記録を「%1」としてフォルダー「%2」に保存しました。別のPCで「自分の進捗」を開き、「ファイルから記録を追加」を選んでください。このファイルにはあなたの名前が含まれています。個人情報を含む書類と同じように管理してください。</translation>
    </message>
    <message>
        <source>Add Records from a File</source>
        <translation>ファイルから記録を追加</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The records in “%1” could not be added.</source>
        <translation>「%1」の記録を追加できませんでした。</translation>
    </message>
    <message>
        <source>Nothing new in “%1”: these records are already here.</source>
        <translation>「%1」に新しい記録はありません。これらの記録は既にこのPCにあります。</translation>
    </message>
    <message numerus="yes">
        <source>Added %n new record(s) to your progress.</source>
        <translation>
            <numerusform>新しい記録を%n件、進捗に追加しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n record(s) of “%1”. Choose that profile to see them.</source>
        <translation>
            <numerusform>「%1」の記録を%n件追加しました。表示するには、そのプロフィールを選んでください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n record(s) of “%1”. To see them, choose that profile with “Switch Profile”.</source>
        <translation>
            <numerusform>「%1」の記録を%n件追加しました。表示するには、「プロフィールを切り替え」でそのプロフィールを選んでください。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Switch Profile…</source>
        <translation>プロフィールを切り替え(&amp;S)…</translation>
    </message>
    <message>
        <source>Choose another learner who uses this PC, or create a profile</source>
        <translation>このPCを使うほかの受講者を選ぶか、プロフィールを作成します</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>Go back to what you were doing</source>
        <translation>前の作業に戻ります</translation>
    </message>
    <message>
        <source>&amp;Choose a Profile…</source>
        <translation>プロフィールを選択(&amp;C)…</translation>
    </message>
    <message>
        <source>A&amp;dd Records from a File…</source>
        <translation>ファイルから記録を追加(&amp;D)…</translation>
    </message>
    <message>
        <source>Bring your progress from another PC, saved there with “Save All My Records in One File”</source>
        <translation>別のPCで「すべての記録を1つのファイルに保存」を使って保存した進捗を、このPCに取り込みます</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>Lessons completed per pack</source>
        <translation>パックごとの修了したレッスン数</translation>
    </message>
    <message>
        <source>Score over time</source>
        <translation>得点の推移</translation>
    </message>
    <message>
        <source>Time spent per lesson</source>
        <translation>レッスンごとの学習時間</translation>
    </message>
    <message>
        <source>Hints used per lesson</source>
        <translation>レッスンごとのヒントの使用回数</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>パック</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>解答回数</translation>
    </message>
    <message>
        <source>Best score</source>
        <translation>最高得点</translation>
    </message>
    <message>
        <source>Last score</source>
        <translation>最新の得点</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>学習時間</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>最後の解答</translation>
    </message>
    <message>
        <source>Save and Share</source>
        <translation>保存と共有</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>Save your progress as a file, for example to hand in as a record of your training.</source>
        <translation>進捗をファイルとして保存します。研修の受講記録として提出する場合などに使います。</translation>
    </message>
    <message>
        <source>&amp;Anonymise: leave out my name and department</source>
        <translation>匿名化: 名前と所属を含めない(&amp;A)</translation>
    </message>
    <message>
        <source>Your name is replaced by a code that stays the same in every report from this PC</source>
        <translation>名前は、このPCから出力するどのレポートでも同じになるコードに置き換えられます</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>CSVで保存(&amp;C)…</translation>
    </message>
    <message>
        <source>A table of your lessons that opens in Excel.</source>
        <translation>Excelで開ける、レッスンの一覧表です。</translation>
    </message>
    <message>
        <source>Save as &amp;xAPI…</source>
        <translation>xAPIで保存(&amp;X)…</translation>
    </message>
    <message>
        <source>For a learning record store (LRS), if your organisation uses one.</source>
        <translation>組織で学習記録ストア（LRS）を使っている場合に使います。</translation>
    </message>
    <message>
        <source>Save a SC&amp;ORM Summary…</source>
        <translation>SCORMサマリーを保存(&amp;O)…</translation>
    </message>
    <message>
        <source>For a learning management system (LMS) that imports SCORM results.</source>
        <translation>SCORMの結果を取り込む学習管理システム（LMS）向けです。</translation>
    </message>
    <message>
        <source>Move my records to another PC</source>
        <translation>記録を別のPCに移す</translation>
    </message>
    <message>
        <source>Save all your records in one file, then add them on another PC. Adding the same file twice does no harm.</source>
        <translation>すべての記録を1つのファイルに保存し、別のPCで追加します。同じファイルを2回追加しても問題ありません。</translation>
    </message>
    <message>
        <source>Save All My &amp;Records in One File…</source>
        <translation>すべての記録を1つのファイルに保存(&amp;R)…</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>未着手</translation>
    </message>
</context>
<context>
    <name>tenarai::ProgressRecords</name>
    <message>
        <source>is not an identifier (UUID)</source>
        <translation>識別子（UUID）ではありません</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>ありません</translation>
    </message>
    <message>
        <source>is not text</source>
        <translation>文字列ではありません</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>空です</translation>
    </message>
    <message>
        <source>is too long</source>
        <translation>長すぎます</translation>
    </message>
    <message>
        <source>is not a date and time (ISO 8601)</source>
        <translation>日付と時刻（ISO 8601）ではありません</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>数値ではありません</translation>
    </message>
    <message>
        <source>is not between 0 and 1</source>
        <translation>0以上1以下ではありません</translation>
    </message>
    <message>
        <source>is not a whole number from 0 to 1000000</source>
        <translation>0以上1000000以下の整数ではありません</translation>
    </message>
    <message>
        <source>is not true or false</source>
        <translation>trueでもfalseでもありません</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>オブジェクトではありません</translation>
    </message>
    <message>
        <source>In the %1 record, the field “%2” %3.</source>
        <translation>%1の記録で、フィールド“%2”が%3。</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>プロフィール</translation>
    </message>
    <message>
        <source>attempt</source>
        <translation>解答</translation>
    </message>
    <message>
        <source>completion</source>
        <translation>修了</translation>
    </message>
    <message>
        <source>workshop session</source>
        <translation>ワークショップのセッション</translation>
    </message>
    <message>
        <source>event</source>
        <translation>イベント</translation>
    </message>
</context>
<context>
    <name>tenarai::ProgressReporter</name>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>tenarai::ProgressStore</name>
    <message>
        <source>The progress database is not open.</source>
        <translation>進捗データベースが開かれていません。</translation>
    </message>
    <message>
        <source>The progress database can only be read, so nothing was recorded. Ask IT to make the file and its folder writable for you.</source>
        <translation>進捗データベースが読み取り専用のため、何も記録されませんでした。ファイルとそのフォルダーに書き込めるようにするよう、情報システム担当者に依頼してください。</translation>
    </message>
    <message>
        <source>The progress database is locked by another program and stayed locked for %1 seconds. Close other windows of Tenarai (or the program using the file) and try again.</source>
        <translation>進捗データベースがほかのプログラムによってロックされていて、%1秒待ってもロックが解除されませんでした。Tenaraiのほかのウィンドウ（またはこのファイルを使っているプログラム）を閉じて、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The disk that holds the progress database is full, so nothing was recorded. Free some space on it and try again.</source>
        <translation>進捗データベースがあるディスクの空き容量が足りないため、何も記録されませんでした。ディスクの空き容量を増やして、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The progress database is damaged or is not a Tenarai progress database. It was left as it is; ask IT to restore it from a backup.</source>
        <translation>進捗データベースが壊れているか、Tenaraiの進捗データベースではありません。ファイルはそのままにしてあります。バックアップから復元するよう、情報システム担当者に依頼してください。</translation>
    </message>
    <message>
        <source>The progress database cannot be opened. Check that its folder exists and that you may read and write in it.</source>
        <translation>進捗データベースを開けません。フォルダーがあること、そのフォルダーで読み書きできることを確認してください。</translation>
    </message>
    <message>
        <source>The progress database could not be read or written (%1). Check the disk or network drive it is on.</source>
        <translation>進捗データベースを読み書きできませんでした（%1）。データベースがあるディスクまたはネットワークドライブを確認してください。</translation>
    </message>
    <message>
        <source>The central progress database is out of disk space, so nothing was recorded. Tell IT.</source>
        <translation>中央データベースのディスクの空き容量が足りないため、何も記録されませんでした。情報システム担当者に連絡してください。</translation>
    </message>
    <message>
        <source>The central progress database is busy (locked). Try again in a moment.</source>
        <translation>中央データベースが使用中です（ロック中）。しばらくしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The progress database reported an error: %1</source>
        <translation>進捗データベースでエラーが発生しました: %1</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is not installed, so progress cannot be stored.</source>
        <translation>QtのSQLiteドライバーがインストールされていないため、進捗を保存できません。</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed, so the central progress database cannot be reached.</source>
        <translation>QtのPostgreSQLドライバーがインストールされていないため、中央データベースに接続できません。</translation>
    </message>
    <message>
        <source>Cannot connect to the central progress database: %1</source>
        <translation>中央データベースに接続できません: %1</translation>
    </message>
    <message>
        <source>This database holds other data and is not a Tenarai progress database. It was left as it is; choose another file.</source>
        <translation>このデータベースにはほかのデータが入っていて、Tenaraiの進捗データベースではありません。データベースはそのままにしてあります。別のファイルを選んでください。</translation>
    </message>
    <message>
        <source>The progress database does not say which version it is, so it was left as it is. Ask IT to restore it from a backup.</source>
        <translation>進捗データベースのバージョンがわからないため、データベースはそのままにしてあります。バックアップから復元するよう、情報システム担当者に依頼してください。</translation>
    </message>
    <message>
        <source>The progress database was written by a newer version of Tenarai (database version %1, this Tenarai reads up to %2). Update Tenarai; the database was left unchanged.</source>
        <translation>この進捗データベースは新しいバージョンのTenaraiで書き込まれています（データベースのバージョン%1。このTenaraiが読めるのはバージョン%2までです）。Tenaraiを更新してください。データベースは変更していません。</translation>
    </message>
    <message>
        <source>The progress database is damaged (%1). It was left as it is; ask IT to restore it from a backup.</source>
        <translation>進捗データベースが壊れています（%1）。データベースはそのままにしてあります。バックアップから復元するよう、情報システム担当者に依頼してください。</translation>
    </message>
    <message>
        <source>The progress database needs updating for this version of Tenarai, but it can only be read. Ask IT to make the file and its folder writable.</source>
        <translation>このバージョンのTenaraiで使うには進捗データベースの更新が必要ですが、データベースは読み取り専用です。ファイルとそのフォルダーに書き込めるようにするよう、情報システム担当者に依頼してください。</translation>
    </message>
    <message>
        <source>The progress database could not be updated to version %1 and was left at version %2: %3</source>
        <translation>進捗データベースをバージョン%1に更新できなかったため、バージョン%2のままです: %3</translation>
    </message>
    <message>
        <source>Event “%1” cannot be recorded: %2</source>
        <translation>イベント「%1」を記録できません: %2</translation>
    </message>
    <message>
        <source>it names profile “%1” but its record belongs to another profile.</source>
        <translation>プロフィール「%1」が指定されていますが、記録は別のプロフィールのものです。</translation>
    </message>
    <message>
        <source>No file was given for the progress database.</source>
        <translation>進捗データベースのファイルが指定されていません。</translation>
    </message>
    <message>
        <source>The folder “%1” for the progress database cannot be created. Check that you may write there, or choose another place.</source>
        <translation>進捗データベース用のフォルダー「%1」を作成できません。そこに書き込めるかを確認するか、別の場所を選んでください。</translation>
    </message>
    <message>
        <source>This is a folder, not a progress database file; name a file inside it.</source>
        <translation>これはフォルダーで、進捗データベースのファイルではありません。フォルダー内のファイルを指定してください。</translation>
    </message>
    <message>
        <source>The progress database cannot be created because the folder “%1” is read-only. Ask IT to make it writable, or choose another place.</source>
        <translation>フォルダー「%1」が読み取り専用のため、進捗データベースを作成できません。書き込めるようにするよう情報システム担当者に依頼するか、別の場所を選んでください。</translation>
    </message>
    <message>
        <source>You may not read the progress database. Ask IT to give you access to the file.</source>
        <translation>進捗データベースを読み取る権限がありません。ファイルへのアクセス権を付与するよう、情報システム担当者に依頼してください。</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>プロフィールの名前を入力してください。</translation>
    </message>
    <message>
        <source>There is no profile “%1” to change.</source>
        <translation>変更するプロフィール「%1」がありません。</translation>
    </message>
    <message>
        <source>The central progress database is backed up with PostgreSQL&apos;s own tools (pg_dump).</source>
        <translation>中央データベースのバックアップには、PostgreSQLのツール（pg_dump）を使ってください。</translation>
    </message>
    <message>
        <source>The file already exists. Choose a new name for the backup.</source>
        <translation>ファイルが既にあります。バックアップには新しい名前を指定してください。</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>バックアップを書き出せませんでした: %1</translation>
    </message>
    <message>
        <source>The backup could not be written. Check that you may write in that folder.</source>
        <translation>バックアップを書き出せませんでした。そのフォルダーに書き込めるかを確認してください。</translation>
    </message>
</context>
<context>
    <name>tenarai::PromoteHeadersStep</name>
    <message numerus="yes">
        <source>The table has only %n row(s).</source>
        <translation>
            <numerusform>表には%n行しかありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Use a row as column names</source>
        <translation>行を列名として使う</translation>
    </message>
    <message>
        <source>“row” must be a whole number, 0 or more.</source>
        <translation>“row”は0以上の整数にしてください。</translation>
    </message>
    <message>
        <source>Row with the headers</source>
        <translation>見出しがある行</translation>
    </message>
    <message>
        <source>0 is the first row of the table.</source>
        <translation>表の1行目を0として数えます。</translation>
    </message>
</context>
<context>
    <name>tenarai::Pseudonymiser</name>
    <message>
        <source>The pseudonym salt file cannot be read: %1.</source>
        <translation>仮名用のソルトファイルを読み込めません（%1）。</translation>
    </message>
    <message>
        <source>The pseudonym salt file is larger than %1 bytes; it should hold one line of random characters.</source>
        <translation>仮名用のソルトファイルが%1バイトを超えています。ランダムな文字を1行だけ書いたファイルにしてください。</translation>
    </message>
    <message>
        <source>The pseudonym salt file holds %1 characters; at least %2 random characters are needed so that pseudonyms cannot be guessed.</source>
        <translation>仮名用のソルトファイルの文字数が%1文字です。仮名を推測されないようにするには、ランダムな文字が%2文字以上必要です。</translation>
    </message>
    <message>
        <source>The pseudonym salt file cannot be created: %1.</source>
        <translation>仮名用のソルトファイルを作成できません（%1）。</translation>
    </message>
</context>
<context>
    <name>tenarai::QuizAnswers</name>
    <message>
        <source>The answers file is larger than %1 MiB.</source>
        <translation>解答ファイルが%1 MiBを超えています。</translation>
    </message>
    <message>
        <source>This is not a Tenarai quiz answers file (“format” must be “%1”).</source>
        <translation>Tenaraiのクイズの解答ファイルではありません（“format”は“%1”にしてください）。</translation>
    </message>
    <message>
        <source>The required key %1 is missing.</source>
        <translation>必須のキー%1がありません。</translation>
    </message>
    <message>
        <source>“answers” must be an object from question ids to lists of option ids.</source>
        <translation>“answers”は、問題IDと選択肢IDのリストを対応させたオブジェクトにしてください。</translation>
    </message>
    <message>
        <source>“answers” has more than %1 questions.</source>
        <translation>“answers”の問題が%1問を超えています。</translation>
    </message>
    <message>
        <source>“%1” is not a question id.</source>
        <translation>「%1」は問題IDではありません。</translation>
    </message>
    <message>
        <source>The answer to a question must be a list of option ids.</source>
        <translation>問題への解答は選択肢IDのリストにしてください。</translation>
    </message>
    <message>
        <source>The answer has more than %1 options.</source>
        <translation>解答の選択肢が%1個を超えています。</translation>
    </message>
    <message>
        <source>Each chosen option must be an option id.</source>
        <translation>選んだ選択肢は、それぞれ選択肢IDで指定してください。</translation>
    </message>
    <message>
        <source>The option “%1” is chosen twice.</source>
        <translation>選択肢「%1」が2回選ばれています。</translation>
    </message>
</context>
<context>
    <name>tenarai::QuizPanel</name>
    <message>
        <source>✓ Right.</source>
        <translation>✓ 正解です。</translation>
    </message>
    <message>
        <source>✗ Not right yet.</source>
        <translation>✗ まだ正解ではありません。</translation>
    </message>
    <message>
        <source>This quiz has no questions.</source>
        <translation>このクイズには問題がありません。</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>問題%1（全%2問）</translation>
    </message>
    <message>
        <source>Items to put in order</source>
        <translation>並べ替える選択肢</translation>
    </message>
    <message>
        <source>Drag the items into the right order, or select one and press Ctrl+Up or Ctrl+Down</source>
        <translation>選択肢をドラッグして正しい順番に並べるか、1つ選んで Ctrl+↑ または Ctrl+↓ を押してください</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <source>Move the selected item one place up (Ctrl+Up)</source>
        <translation>選択中の選択肢を1つ上へ移動します（Ctrl+↑）</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <source>Move the selected item one place down (Ctrl+Down)</source>
        <translation>選択中の選択肢を1つ下へ移動します（Ctrl+↓）</translation>
    </message>
</context>
<context>
    <name>tenarai::Recipe</name>
    <message>
        <source>line %1, column %2</source>
        <translation>%1行目、%2文字目</translation>
    </message>
    <message>
        <source>The recipe is not valid JSON: %1.</source>
        <translation>レシピが正しいJSONではありません（%1）。</translation>
    </message>
    <message>
        <source>The recipe must be a JSON object.</source>
        <translation>レシピはJSONオブジェクトにしてください。</translation>
    </message>
    <message>
        <source>This recipe was saved by a newer version of Tenarai (format %1); this version reads format %2 and older. Update Tenarai to use it.</source>
        <translation>このレシピは新しいバージョンのTenaraiで保存されています（形式%1）。このバージョンで読めるのは形式%2以前です。使うにはTenaraiを更新してください。</translation>
    </message>
    <message>
        <source>“import” must be an object.</source>
        <translation>“import”はオブジェクトにしてください。</translation>
    </message>
    <message>
        <source>“steps” must be a list.</source>
        <translation>“steps”はリストにしてください。</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>ステップ%1</translation>
    </message>
    <message>
        <source>A step must be a JSON object.</source>
        <translation>ステップはJSONオブジェクトにしてください。</translation>
    </message>
    <message>
        <source>The step has no “type”.</source>
        <translation>ステップに“type”がありません。</translation>
    </message>
    <message>
        <source>Unknown step type “%1”.</source>
        <translation>ステップの種類“%1”には対応していません。</translation>
    </message>
    <message>
        <source>“parameters” must be an object.</source>
        <translation>“parameters”はオブジェクトにしてください。</translation>
    </message>
    <message>
        <source>The recipe cannot be opened: %1</source>
        <translation>レシピを開けません: %1</translation>
    </message>
    <message>
        <source>The recipe is larger than %1 MiB.</source>
        <translation>レシピが%1 MiBを超えています。</translation>
    </message>
    <message>
        <source>The recipe cannot be saved: %1</source>
        <translation>レシピを保存できません: %1</translation>
    </message>
    <message>
        <source>This is not a Tenarai recipe (“format” must be “%1”).</source>
        <translation>Tenaraiのレシピではありません（“format”は“%1”にしてください）。</translation>
    </message>
    <message>
        <source>“version” must be a whole number, 1 or more.</source>
        <translation>“version”は1以上の整数にしてください。</translation>
    </message>
</context>
<context>
    <name>tenarai::RecipeRunner</name>
    <message>
        <source>step “%1”</source>
        <translation>ステップ「%1」</translation>
    </message>
    <message>
        <source>There is not enough memory for this step.</source>
        <translation>このステップを実行するにはメモリが足りません。</translation>
    </message>
    <message>
        <source>Unexpected internal error: %1</source>
        <translation>予期しない内部エラーが発生しました: %1</translation>
    </message>
</context>
<context>
    <name>tenarai::RemoveBlankColumnsStep</name>
    <message>
        <source>Remove blank columns</source>
        <translation>空白列を削除</translation>
    </message>
</context>
<context>
    <name>tenarai::RemoveBlankRowsStep</name>
    <message>
        <source>Remove blank rows</source>
        <translation>空白行を削除</translation>
    </message>
</context>
<context>
    <name>tenarai::RemoveColumnsStep</name>
    <message>
        <source>Remove columns</source>
        <translation>列を削除</translation>
    </message>
</context>
<context>
    <name>tenarai::RemoveDuplicatesStep</name>
    <message>
        <source>Columns that must match</source>
        <translation>一致を調べる列</translation>
    </message>
    <message>
        <source>Row to keep</source>
        <translation>残す行</translation>
    </message>
    <message>
        <source>The first one</source>
        <translation>最初の行</translation>
    </message>
    <message>
        <source>The last one</source>
        <translation>最後の行</translation>
    </message>
    <message>
        <source>Name columns</source>
        <translation>氏名の列</translation>
    </message>
    <message>
        <source>Names match in spite of spacing, width and variant kanji (髙橋 = 高橋).</source>
        <translation>空白、全角・半角、異体字が違っても同じ氏名とみなします（髙橋 = 高橋）。</translation>
    </message>
    <message>
        <source>Ignore full-width, half-width and extra spaces</source>
        <translation>全角・半角と余分な空白を区別しない</translation>
    </message>
    <message>
        <source>“nameKeyColumns” must list column names.</source>
        <translation>“nameKeyColumns”には列名を並べてください。</translation>
    </message>
    <message>
        <source>Remove duplicate rows</source>
        <translation>重複行を削除</translation>
    </message>
</context>
<context>
    <name>tenarai::RemoveStepCommand</name>
    <message>
        <source>Remove “%1”</source>
        <translation>「%1」を削除</translation>
    </message>
</context>
<context>
    <name>tenarai::RemoveTopRowsStep</name>
    <message>
        <source>Remove top rows</source>
        <translation>先頭の行を削除</translation>
    </message>
    <message>
        <source>“count” must be a whole number, 1 or more.</source>
        <translation>“count”は1以上の整数にしてください。</translation>
    </message>
    <message>
        <source>Number of rows</source>
        <translation>行数</translation>
    </message>
</context>
<context>
    <name>tenarai::RenameColumnsStep</name>
    <message>
        <source>New names</source>
        <translation>新しい列名</translation>
    </message>
    <message>
        <source>For each column to rename: its current name and its new name.</source>
        <translation>名前を変える列ごとに、今の名前と新しい名前を指定します。</translation>
    </message>
    <message>
        <source>“names” must give at least one column and its new name.</source>
        <translation>“names”には、列とその新しい名前を1組以上指定してください。</translation>
    </message>
    <message>
        <source>“names” must name the columns to rename.</source>
        <translation>“names”には、名前を変える列を指定してください。</translation>
    </message>
    <message>
        <source>“names” must give a new name for the column.</source>
        <translation>“names”には、列の新しい名前を指定してください。</translation>
    </message>
    <message>
        <source>“names” gives two columns the same new name “%1”.</source>
        <translation>“names”で、2つの列に同じ新しい名前「%1」が指定されています。</translation>
    </message>
    <message>
        <source>Another column is already called “%1”.</source>
        <translation>「%1」という名前の列が既にあります。</translation>
    </message>
    <message>
        <source>Rename columns</source>
        <translation>列名を変更</translation>
    </message>
</context>
<context>
    <name>tenarai::ReorderColumnsStep</name>
    <message>
        <source>Columns to put first</source>
        <translation>先頭に置く列</translation>
    </message>
    <message>
        <source>The other columns follow in their present order.</source>
        <translation>ほかの列は、今の順番のまま後に続きます。</translation>
    </message>
    <message>
        <source>“columns” names a column twice.</source>
        <translation>“columns”に同じ列が2回指定されています。</translation>
    </message>
    <message>
        <source>Reorder columns</source>
        <translation>列を並べ替え</translation>
    </message>
</context>
<context>
    <name>tenarai::ReplaceRecipeCommand</name>
    <message>
        <source>Open recipe “%1”</source>
        <translation>レシピ「%1」を開く</translation>
    </message>
</context>
<context>
    <name>tenarai::ReplaceTextStep</name>
    <message>
        <source>Find</source>
        <translation>検索する文字列</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>置換後の文字列</translation>
    </message>
    <message>
        <source>Leave empty to delete the text found.</source>
        <translation>空にすると、見つかった文字列を削除します。</translation>
    </message>
    <message>
        <source>Only whole values</source>
        <translation>セル全体が一致する場合のみ</translation>
    </message>
    <message>
        <source>Replace only cells whose whole value is the text, not text inside longer values.</source>
        <translation>値全体がこの文字列と一致するセルだけを置き換えます。長い値の一部は置き換えません。</translation>
    </message>
    <message>
        <source>Ignore full-width and half-width</source>
        <translation>全角・半角を区別しない</translation>
    </message>
    <message>
        <source>Also find the text written in full-width or half-width characters (ｶﾌﾞ finds カブ).</source>
        <translation>全角や半角で書かれた文字列も見つけます（ｶﾌﾞでカブも見つかります）。</translation>
    </message>
    <message>
        <source>“find” must be the text to look for; it cannot be empty.</source>
        <translation>“find”には検索する文字列を指定してください。空にはできません。</translation>
    </message>
    <message>
        <source>“replace” must be text.</source>
        <translation>“replace”は文字列にしてください。</translation>
    </message>
    <message>
        <source>“find” must be the text to look for; it cannot be only spaces when whole values are compared.</source>
        <translation>“find”には検索する文字列を指定してください。値全体で比べるときは、空白だけにはできません。</translation>
    </message>
    <message>
        <source>Replace values</source>
        <translation>値を置換</translation>
    </message>
</context>
<context>
    <name>tenarai::ReportCommand</name>
    <message>
        <source>csv (default: a table for Excel), xapi (xAPI 1.0.3 statements as JSON, one per attempt), scorm (SCORM 1.2 lesson status and score per learner and lesson, as CSV) or scorm-json.</source>
        <translation>csv（既定。Excel用の表）、xapi（xAPI 1.0.3のステートメントをJSONで。解答ごとに1つ）、scorm（受講者とレッスンごとのSCORM 1.2のレッスン状態と得点をCSVで）または scorm-json。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>CSV only: one row per lesson (default), pack, learner or attempt: lessons, packs, learners or attempts.</source>
        <translation>CSVのみ: 1行にまとめる単位を、レッスン（既定）、パック、受講者、解答から選びます: lessons、packs、learners または attempts。</translation>
    </message>
    <message>
        <source>level</source>
        <translation>level</translation>
    </message>
    <message>
        <source>Only this learner: a name or a profile id. By default every learner.</source>
        <translation>指定した受講者だけを対象にします（名前またはプロフィールID）。指定しない場合はすべての受講者が対象です。</translation>
    </message>
    <message>
        <source>name or id</source>
        <translation>name or id</translation>
    </message>
    <message>
        <source>Replace learners&apos; names and ids with pseudonyms (受講者-…) that stay the same from one export to the next. Departments are kept unless --no-department is given.</source>
        <translation>受講者の名前とIDを、エクスポートのたびに変わらない仮名（受講者-…）に置き換えます。--no-department を指定しない限り、所属は残します。</translation>
    </message>
    <message>
        <source>With --anonymise: the file whose secret decides the pseudonyms. Give every PC the same file for the same pseudonyms everywhere. By default a file beside the database, created on first use; required with --central.</source>
        <translation>--anonymise と併用: 仮名を決める秘密の値が入ったファイルです。どのPCでも同じ仮名にするには、すべてのPCに同じファイルを指定してください。指定しない場合は、データベースと同じフォルダーにあるファイルを使います（初回に作成します）。--central と併用する場合は必須です。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>With --anonymise: leave departments out too.</source>
        <translation>--anonymise と併用: 所属も含めません。</translation>
    </message>
    <message>
        <source>xAPI: the absolute address activity ids start with. By default https://tenarai.invalid/xapi/activities/</source>
        <translation>xAPI: アクティビティIDの先頭に付ける絶対アドレスです。既定は https://tenarai.invalid/xapi/activities/</translation>
    </message>
    <message>
        <source>iri</source>
        <translation>iri</translation>
    </message>
    <message>
        <source>xAPI: the homePage of learners&apos; accounts (an absolute address). By default https://tenarai.invalid/learners</source>
        <translation>xAPI: 受講者のアカウントのhomePage（絶対アドレス）です。既定は https://tenarai.invalid/learners</translation>
    </message>
    <message>
        <source>Write to this file instead of the standard output.</source>
        <translation>標準出力ではなく、このファイルに書き出します。</translation>
    </message>
    <message>
        <source>Report learners&apos; progress as CSV, xAPI statements or a SCORM 1.2 summary.</source>
        <translation>受講者の進捗を、CSV、xAPIステートメント、SCORM 1.2サマリーのいずれかで出力します。</translation>
    </message>
    <message>
        <source>[--db PATH | --central] [--format csv|xapi|scorm|scorm-json] [--anonymise] [--output FILE]</source>
        <translation>[--db PATH | --central] [--format csv|xapi|scorm|scorm-json] [--anonymise] [--output FILE]</translation>
    </message>
    <message>
        <source>“report” takes no file arguments; use --output to name the file to write.</source>
        <translation>report にはファイルを引数として指定できません。書き出すファイルは --output で指定してください。</translation>
    </message>
    <message>
        <source>“%1” is not a report format; use csv, xapi, scorm or scorm-json.</source>
        <translation>「%1」というレポート形式はありません。csv、xapi、scorm または scorm-json を指定してください。</translation>
    </message>
    <message>
        <source>“%1” is not a level; use lessons, packs, learners or attempts.</source>
        <translation>「%1」という単位はありません。lessons、packs、learners または attempts を指定してください。</translation>
    </message>
    <message>
        <source>--level applies to the csv format only.</source>
        <translation>--level は csv 形式でだけ使えます。</translation>
    </message>
    <message>
        <source>--pseudonym-salt and --no-department go with --anonymise.</source>
        <translation>--pseudonym-salt と --no-department は、--anonymise と一緒に指定してください。</translation>
    </message>
    <message>
        <source>An anonymised report of the central database needs the organisation&apos;s --pseudonym-salt file, so that pseudonyms match on every PC.</source>
        <translation>中央データベースから匿名化したレポートを作るには、組織の --pseudonym-salt ファイルが必要です。どのPCでも同じ仮名にするためです。</translation>
    </message>
    <message>
        <source>The report cannot be written: %1.</source>
        <translation>レポートを書き出せません（%1）。</translation>
    </message>
</context>
<context>
    <name>tenarai::ReportExporter</name>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>The %1 “%2” is not an absolute address such as “https://lms.example.lg.jp/xapi/”.</source>
        <translation>%1「%2」は、「https://lms.example.lg.jp/xapi/」のような絶対アドレスではありません。</translation>
    </message>
    <message>
        <source>Learner ID</source>
        <translation>受講者ID</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>受講者</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>パック</translation>
    </message>
    <message>
        <source>Pack version</source>
        <translation>パックのバージョン</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>レッスン</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>修了</translation>
    </message>
    <message>
        <source>Completed at</source>
        <translation>修了日時</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>解答回数</translation>
    </message>
    <message>
        <source>Passed attempts</source>
        <translation>合格回数</translation>
    </message>
    <message>
        <source>Exercises attempted</source>
        <translation>解答した演習数</translation>
    </message>
    <message>
        <source>Exercises passed</source>
        <translation>合格した演習数</translation>
    </message>
    <message>
        <source>Best score (%)</source>
        <translation>最高得点（%）</translation>
    </message>
    <message>
        <source>Last score (%)</source>
        <translation>最新の得点（%）</translation>
    </message>
    <message>
        <source>Time spent (minutes)</source>
        <translation>学習時間（分）</translation>
    </message>
    <message>
        <source>Hints used</source>
        <translation>ヒントの使用回数</translation>
    </message>
    <message>
        <source>First attempt</source>
        <translation>最初の解答日時</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>最後の解答日時</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>レッスン数</translation>
    </message>
    <message>
        <source>Lessons attempted</source>
        <translation>解答したレッスン数</translation>
    </message>
    <message>
        <source>Lessons completed</source>
        <translation>修了したレッスン数</translation>
    </message>
    <message>
        <source>Completion (%)</source>
        <translation>修了率（%）</translation>
    </message>
    <message>
        <source>Average best score (%)</source>
        <translation>最高得点の平均（%）</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>パック数</translation>
    </message>
    <message>
        <source>Attempt ID</source>
        <translation>解答ID</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>演習</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <source>Finished at</source>
        <translation>終了日時</translation>
    </message>
    <message>
        <source>Score (%)</source>
        <translation>得点（%）</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>activity address</source>
        <translation>アクティビティのアドレス</translation>
    </message>
    <message>
        <source>account home page</source>
        <translation>アカウントのホームページ</translation>
    </message>
</context>
<context>
    <name>tenarai::SheetSelector</name>
    <message>
        <source>There is no sheet named &quot;%1&quot;.</source>
        <translation>「%1」という名前のシートはありません。</translation>
    </message>
    <message numerus="yes">
        <source>There is no sheet %1; sheets are counted from 0 and this file has %n sheet(s).</source>
        <translation>
            <numerusform>シート%1はありません。シートは0から数えます。このファイルのシートは%n個です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheet %1 (&quot;%2&quot;) is a chart sheet and holds no cells.</source>
        <translation>シート%1（「%2」）はグラフシートで、セルがありません。</translation>
    </message>
    <message>
        <source>The file has no worksheet to convert.</source>
        <translation>ファイルに変換できるワークシートがありません。</translation>
    </message>
</context>
<context>
    <name>tenarai::SortRowsStep</name>
    <message>
        <source>Sort by</source>
        <translation>並べ替えの基準</translation>
    </message>
    <message>
        <source>The first column decides; the next ones break ties.</source>
        <translation>最初の列で並べ、同じ値のときは次の列で並べます。</translation>
    </message>
    <message>
        <source>Language of the text</source>
        <translation>文字列の言語</translation>
    </message>
    <message>
        <source>“ja” sorts kana in 五十音 order.</source>
        <translation>“ja”では、かなを五十音順に並べます。</translation>
    </message>
    <message>
        <source>“keys” must list at least one column to sort by.</source>
        <translation>“keys”には、並べ替えの基準にする列を1つ以上指定してください。</translation>
    </message>
    <message>
        <source>Each of “keys” must give a “column” to sort by.</source>
        <translation>“keys”の各項目で、並べ替えの基準にする“column”を指定してください。</translation>
    </message>
    <message>
        <source>“descending” in “keys” must be true or false.</source>
        <translation>“keys”の“descending”はtrueかfalseにしてください。</translation>
    </message>
    <message>
        <source>“locale” must be a language code such as “ja”.</source>
        <translation>“locale”は“ja”のような言語コードにしてください。</translation>
    </message>
    <message>
        <source>“locale”: %1</source>
        <translation>“locale”: %1</translation>
    </message>
    <message>
        <source>Sort rows</source>
        <translation>行を並べ替え</translation>
    </message>
</context>
<context>
    <name>tenarai::SplitAddressStep</name>
    <message>
        <source>Address column</source>
        <translation>住所の列</translation>
    </message>
    <message>
        <source>New column names</source>
        <translation>新しい列名</translation>
    </message>
    <message>
        <source>Three names: prefecture, city, and the rest of the address.</source>
        <translation>3つの名前: 都道府県、市区町村、住所の残りの部分。</translation>
    </message>
    <message>
        <source>“column” must name the address column.</source>
        <translation>“column”には住所の列を指定してください。</translation>
    </message>
    <message>
        <source>“names” must list three column names: prefecture, city and the rest.</source>
        <translation>“names”には、都道府県、市区町村、残りの部分の3つの列名を指定してください。</translation>
    </message>
    <message>
        <source>“names” must list three different column names.</source>
        <translation>“names”には、異なる3つの列名を指定してください。</translation>
    </message>
    <message>
        <source>The table already has a column with this name; choose other names.</source>
        <translation>表にはこの名前の列が既にあります。別の名前にしてください。</translation>
    </message>
    <message>
        <source>“%1” is not an address.</source>
        <translation>「%1」は住所ではありません。</translation>
    </message>
    <message>
        <source>Split addresses into prefecture, city and the rest</source>
        <translation>住所を都道府県・市区町村・以降に分割</translation>
    </message>
</context>
<context>
    <name>tenarai::SplitColumnStep</name>
    <message>
        <source>Column to split</source>
        <translation>分割する列</translation>
    </message>
    <message>
        <source>Split at</source>
        <translation>分割の方法</translation>
    </message>
    <message>
        <source>Each delimiter</source>
        <translation>区切り文字ごと</translation>
    </message>
    <message>
        <source>Character positions</source>
        <translation>文字の位置</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>区切り文字</translation>
    </message>
    <message>
        <source>The text between the parts, such as 、 or a full-width space.</source>
        <translation>区切りになっている文字（、や全角の空白など）。</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>New column names</source>
        <translation>新しい列名</translation>
    </message>
    <message>
        <source>Leave empty for 住所.1, 住所.2 and so on after the column&apos;s name.</source>
        <translation>空にすると、元の列名をもとに 住所.1、住所.2 のような名前になります。</translation>
    </message>
    <message>
        <source>Number of parts</source>
        <translation>分割する数</translation>
    </message>
    <message>
        <source>The last part keeps the rest of the value.</source>
        <translation>最後の部分に、値の残りがすべて入ります。</translation>
    </message>
    <message>
        <source>“column” must name the column to split.</source>
        <translation>“column”には分割する列を指定してください。</translation>
    </message>
    <message>
        <source>“delimiter” must be the text between the parts.</source>
        <translation>“delimiter”には、区切りになっている文字を指定してください。</translation>
    </message>
    <message>
        <source>“positions” must list at least one character position.</source>
        <translation>“positions”には、文字の位置を1つ以上指定してください。</translation>
    </message>
    <message>
        <source>“positions” must be whole numbers from 1, each larger than the one before.</source>
        <translation>“positions”は1以上の整数にし、それぞれ前の数より大きくしてください。</translation>
    </message>
    <message>
        <source>“positions” must make at most %1 parts.</source>
        <translation>“positions”で分割できるのは%1個までです。</translation>
    </message>
    <message>
        <source>“names” must list the new column names.</source>
        <translation>“names”には新しい列名を並べてください。</translation>
    </message>
    <message>
        <source>“names” lists “%1” twice.</source>
        <translation>“names”に「%1」が2回あります。</translation>
    </message>
    <message>
        <source>“maxParts” must be a whole number from 1 to %1.</source>
        <translation>“maxParts”は1以上%1以下の整数にしてください。</translation>
    </message>
    <message>
        <source>“maxParts” must equal the number of “names”.</source>
        <translation>“maxParts”は“names”の数と同じにしてください。</translation>
    </message>
    <message>
        <source>Splitting at “%1” would make more than %2 columns; set “maxParts”.</source>
        <translation>「%1」で分割すると%2列を超えます。“maxParts”を指定してください。</translation>
    </message>
    <message>
        <source>Another column is already called “%1”.</source>
        <translation>「%1」という名前の列が既にあります。</translation>
    </message>
    <message>
        <source>“%1” is an error value; it was not split.</source>
        <translation>「%1」はエラー値のため、分割しませんでした。</translation>
    </message>
    <message>
        <source>Split a column</source>
        <translation>列を分割</translation>
    </message>
    <message>
        <source>Where each part ends, counted in characters: 3, 7 gives characters 1–3, 4–7 and 8 to the end.</source>
        <translation>各部分が終わる位置（文字数）。3, 7 なら 1～3文字目、4～7文字目、8文字目以降に分かれます。</translation>
    </message>
</context>
<context>
    <name>tenarai::Step</name>
    <message>
        <source>step “%1”</source>
        <translation>ステップ「%1」</translation>
    </message>
    <message>
        <source>step “%1”, column “%2”</source>
        <translation>ステップ「%1」、列「%2」</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>The table has no column with this name.</source>
        <translation>表にこの名前の列がありません。</translation>
    </message>
    <message>
        <source>“columns” must list at least one column name.</source>
        <translation>“columns”には列名を1つ以上指定してください。</translation>
    </message>
    <message>
        <source>“columns” must list column names.</source>
        <translation>“columns”には列名を並べてください。</translation>
    </message>
    <message>
        <source>“%1” must be true or false.</source>
        <translation>“%1”はtrueかfalseにしてください。</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>“%1” must be one of %2.</source>
        <translation>“%1”は%2のいずれかにしてください。</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Leave empty for every column.</source>
        <translation>空にすると、すべての列が対象になります。</translation>
    </message>
</context>
<context>
    <name>tenarai::StepListModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (turned off: the recipe skips this step)</source>
        <translation>%1（オフ: レシピの実行時にこのステップを飛ばします）</translation>
    </message>
    <message>
        <source>%1 (this step could not run)</source>
        <translation>%1（このステップを実行できませんでした）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>every column</source>
        <translation>すべての列</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n replacement(s)</source>
        <translation>
            <numerusform>置き換え%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (largest first)</source>
        <translation>%1（大きい順）</translation>
    </message>
</context>
<context>
    <name>tenarai::StepParameterEditor</name>
    <message>
        <source>Step settings</source>
        <translation>ステップの設定</translation>
    </message>
    <message>
        <source>Select a step in the list to see and change its settings.</source>
        <translation>一覧でステップを選ぶと、その設定を確認・変更できます。</translation>
    </message>
    <message>
        <source>This step has no settings.</source>
        <translation>このステップには設定がありません。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>%1 (not in the table)</source>
        <translation>%1（表にありません）</translation>
    </message>
    <message>
        <source>The table has no named columns yet.</source>
        <translation>表には、まだ名前の付いた列がありません。</translation>
    </message>
    <message>
        <source>One value per line</source>
        <translation>1行に1つの値</translation>
    </message>
    <message>
        <source>Written as</source>
        <translation>元の表記</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>置き換え後</translation>
    </message>
    <message>
        <source>“%1” is listed twice under “Written as”; keep one row for it.</source>
        <translation>「%1」が「元の表記」に2回あります。1行だけにしてください。</translation>
    </message>
    <message>
        <source>Numbers separated by commas, for example 3, 7</source>
        <translation>カンマで区切った数値（例: 3, 7）</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>「%1」は整数ではありません。</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Largest first</source>
        <translation>大きい順</translation>
    </message>
    <message>
        <source>Add a sort column</source>
        <translation>並べ替えの列を追加</translation>
    </message>
    <message>
        <source>Remove the selected one</source>
        <translation>選択した列を削除</translation>
    </message>
</context>
<context>
    <name>tenarai::StoreArguments</name>
    <message>
        <source>The progress database (a .sqlite file). By default this user&apos;s own: %1</source>
        <translation>進捗データベース（.sqliteファイル）です。指定しない場合は、このユーザー自身のデータベース: %1</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Use the organisation&apos;s central progress database that IT configured for this PC.</source>
        <translation>情報システム担当者がこのPCに設定した、組織の中央データベースを使います。</translation>
    </message>
    <message>
        <source>Give either --db or --central, not both.</source>
        <translation>--db と --central は、どちらか一方だけを指定してください。</translation>
    </message>
    <message>
        <source>--db needs the path of a progress database.</source>
        <translation>--db には進捗データベースのパスを指定してください。</translation>
    </message>
    <message>
        <source>There is no progress database here.</source>
        <translation>進捗データベースがありません。</translation>
    </message>
    <message>
        <source>No progress has been recorded for this user on this PC yet; give another database with --db.</source>
        <translation>このPCでは、このユーザーの進捗はまだ記録されていません。--db で別のデータベースを指定してください。</translation>
    </message>
    <message>
        <source>This PC has no central progress database configured; IT sets it in this file.</source>
        <translation>このPCには中央データベースが設定されていません。設定は、情報システム担当者がこのファイルで行います。</translation>
    </message>
    <message>
        <source>There is no learner “%1” in %2.</source>
        <translation>%2には受講者「%1」がいません。</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) are called “%1”; give the id of one: %2.</source>
        <translation>
            <numerusform>「%1」という名前の受講者が%n人います。いずれかのIDを指定してください: %2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenarai::SubmissionsView</name>
    <message>
        <source>Delete Answer</source>
        <translation>回答を削除</translation>
    </message>
    <message>
        <source>Delete answer %1?</source>
        <translation>%1件目の回答を削除しますか？</translation>
    </message>
    <message>
        <source>Delete answer %1 (“%2”)?</source>
        <translation>%1件目の回答（「%2」）を削除しますか？</translation>
    </message>
    <message>
        <source>The answer is removed from the table; this cannot be undone.</source>
        <translation>回答は表から削除されます。この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excelブック (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <source>Export Answers</source>
        <translation>回答をエクスポート</translation>
    </message>
    <message>
        <source>There are no answers to export.</source>
        <translation>エクスポートする回答がありません。</translation>
    </message>
    <message>
        <source>The answers could not be exported to “%1”.</source>
        <translation>回答を「%1」にエクスポートできませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>回答%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Open the selected answer in the form to change it (Enter)</source>
        <translation>選択した回答をフォームで開いて変更します（Enter）</translation>
    </message>
    <message>
        <source>Remove the selected answer</source>
        <translation>選択した回答を削除します</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Save the answers as an Excel workbook or a CSV file</source>
        <translation>回答をExcelブックまたはCSVファイルとして保存します</translation>
    </message>
</context>
<context>
    <name>tenarai::SubmitCommand</name>
    <message>
        <source>The pack folder or .tenarai-pack archive the exercise belongs to.</source>
        <translation>演習が含まれるパックフォルダーまたは .tenarai-pack アーカイブです。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>The exercise&apos;s id in the pack.</source>
        <translation>パック内での演習のIDです。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The answer: a recipe (cleaning), a form (form) or quiz answers (quiz) as JSON.</source>
        <translation>解答です。JSON形式のレシピ（cleaning）、フォーム（form）、クイズの解答（quiz）のいずれかを指定します。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Record the attempt for this learner: a name or a profile id. Without it nothing is recorded.</source>
        <translation>この受講者の解答として記録します。名前またはプロフィールIDを指定します。指定しなければ何も記録しません。</translation>
    </message>
    <message>
        <source>name or id</source>
        <translation>name or id</translation>
    </message>
    <message>
        <source>How many hints the learner opened; each lowers the recorded score. Default 0.</source>
        <translation>受講者が開いたヒントの数です。1つごとに記録される得点が下がります。既定は0です。</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>There is no answer file here.</source>
        <translation>指定された場所に解答ファイルがありません。</translation>
    </message>
    <message>
        <source>The answer file is larger than %1 MB.</source>
        <translation>解答ファイルが%1 MBを超えています。</translation>
    </message>
    <message>
        <source>The answer file cannot be read: %1.</source>
        <translation>解答ファイルを読み込めません: %1。</translation>
    </message>
    <message>
        <source>Check an answer to a lesson exercise and record the attempt.</source>
        <translation>レッスンの演習の解答をチェックし、解答を記録します。</translation>
    </message>
    <message>
        <source>--pack PATH --exercise ID --answer FILE [--hints N] [--profile NAME [--db PATH]]</source>
        <translation>--pack PATH --exercise ID --answer FILE [--hints N] [--profile NAME [--db PATH]]</translation>
    </message>
    <message>
        <source>Checks the answer with the exercise&apos;s real checker and prints PASS or FAIL with what the learner would be told; the expected values are never shown. With --profile the attempt is recorded in the progress database as the app records it.
Exit status: 0 when the answer passes, 1 when it does not, 2 when the command line is wrong or the pack, the answer or the database cannot be used.</source>
        <translation>演習の実際のチェック処理で解答をチェックし、PASS または FAIL と、受講者に表示されるのと同じメッセージを出力します。正解の値は表示しません。--profile を指定すると、アプリと同じように解答を進捗データベースに記録します。
終了コード: 解答が合格なら0、不合格なら1、コマンドラインが正しくないか、パック・解答・データベースを使えなければ2。</translation>
    </message>
    <message>
        <source>“submit” takes no file arguments; name the answer with --answer.</source>
        <translation>submit にはファイルを引数として指定できません。解答は --answer で指定してください。</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 は必須です。</translation>
    </message>
    <message>
        <source>--db goes with --profile: name the learner whose attempt to record.</source>
        <translation>--db は --profile と一緒に使います。解答を記録する受講者を指定してください。</translation>
    </message>
    <message>
        <source>--hints takes a count from 0, not “%1”.</source>
        <translation>--hints には0以上の数を指定してください（「%1」は使えません）。</translation>
    </message>
    <message>
        <source>There is no pack “%1”.</source>
        <translation>パック「%1」はありません。</translation>
    </message>
    <message>
        <source>%1: the pack is not valid; run “%2 pack validate” for details.</source>
        <translation>%1: パックが正しくありません。詳しくは“%2 pack validate”を実行してください。</translation>
    </message>
    <message>
        <source>The pack %1 has no exercise “%2”; its exercises are: %3.</source>
        <translation>パック%1に演習「%2」はありません。このパックの演習: %3。</translation>
    </message>
    <message numerus="yes">
        <source>--hints is %1, but exercise %2 has %n hint(s).</source>
        <translation>
            <numerusform>--hints が%1ですが、演習%2のヒントは%n個です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Learners create their profile when they first start Tenarai; a profile from another PC comes with “%1 bundle import”.</source>
        <translation>プロフィールは、受講者がTenaraiを初めて起動したときに作成されます。ほかのPCのプロフィールは“%1 bundle import”で取り込めます。</translation>
    </message>
    <message>
        <source>Recorded the attempt of %1 in %2.</source>
        <translation>%1の解答を%2に記録しました。</translation>
    </message>
    <message>
        <source>Lesson %1 is now completed.</source>
        <translation>レッスン%1を修了しました。</translation>
    </message>
    <message numerus="yes">
        <source>Score: %1% (%2% before %n hint(s)).</source>
        <translation>
            <numerusform>得点: %1%（ヒント%n個を使う前は%2%）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Score: %1%.</source>
        <translation>得点: %1%。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more wrong cell(s).</source>
        <translation>
            <numerusform>…ほかに違っているセルが%n個あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1, column “%2”: %3</source>
        <translation>%1行目、列「%2」: %3</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>%1行目: %2</translation>
    </message>
    <message>
        <source>Column “%1”: %2</source>
        <translation>列「%1」: %2</translation>
    </message>
    <message>
        <source>Field “%1”: %2</source>
        <translation>項目「%1」: %2</translation>
    </message>
    <message>
        <source>Question “%1”: %2</source>
        <translation>問題「%1」: %2</translation>
    </message>
</context>
<context>
    <name>tenarai::TableChecker</name>
    <message>
        <source>This cell has extra spaces.</source>
        <translation>このセルに余分な空白があります。</translation>
    </message>
    <message>
        <source>This cell should be empty.</source>
        <translation>このセルは空にしてください。</translation>
    </message>
    <message>
        <source>This cell should not be empty.</source>
        <translation>このセルには値が必要です。</translation>
    </message>
    <message>
        <source>This number is stored as text.</source>
        <translation>数値が文字列として入っています。</translation>
    </message>
    <message>
        <source>This is a different number.</source>
        <translation>数値が違います。</translation>
    </message>
    <message>
        <source>The date is written in a different form.</source>
        <translation>日付の書き方が違います。</translation>
    </message>
    <message>
        <source>This is a different date.</source>
        <translation>日付が違います。</translation>
    </message>
    <message>
        <source>Full-width and half-width characters differ from what is expected.</source>
        <translation>全角と半角の使い分けが違います。</translation>
    </message>
    <message>
        <source>This value is different.</source>
        <translation>値が違います。</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>joins two parts of a summary line</comment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Column %1 of the target is missing from the result.</source>
        <translation>目標の表の%1列が、結果にありません。</translation>
    </message>
    <message>
        <source>The heading of this column differs from the target.</source>
        <translation>この列の見出しが目標の表と違います。</translation>
    </message>
    <message>
        <source>This column is not in the target.</source>
        <translation>この列は目標の表にありません。</translation>
    </message>
    <message>
        <source>The target has no row with the key of this row.</source>
        <translation>この行のキーを持つ行が、目標の表にありません。</translation>
    </message>
    <message>
        <source>This row repeats the key of an earlier row.</source>
        <translation>この行のキーは、前の行と重複しています。</translation>
    </message>
    <message>
        <source>This row does not match any row of the target.</source>
        <translation>この行は、目標の表のどの行とも一致しません。</translation>
    </message>
    <message>
        <source>This row is not in the target.</source>
        <translation>この行は目標の表にありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the target are missing from the result.</source>
        <translation>
            <numerusform>目標の表の行のうち%n行が、結果にありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>The table matches the target.</source>
        <translation>表が目標の表と一致しています。</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) left</source>
        <translation>
            <numerusform>残り %n セル</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) missing</source>
        <translation>
            <numerusform>%n 行が不足</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not in the target</source>
        <translation>
            <numerusform>目標の表にない行が %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) missing</source>
        <translation>
            <numerusform>%n 列が不足</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) not in the target</source>
        <translation>
            <numerusform>目標の表にない列が %n 列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n heading(s) differ</source>
        <translation>
            <numerusform>見出しの違いが %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>The postal code is written in a different form.</source>
        <translation>郵便番号の書き方が違います。</translation>
    </message>
    <message>
        <source>The phone number is written in a different form.</source>
        <translation>電話番号の書き方が違います。</translation>
    </message>
</context>
<context>
    <name>tenarai::TableIO</name>
    <message>
        <source>The file does not exist.</source>
        <translation>ファイルがありません。</translation>
    </message>
    <message>
        <source>There is no sheet %1 to write.</source>
        <translation>書き込むシート%1がありません。</translation>
    </message>
</context>
<context>
    <name>tenarai::TableModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>%1列: %2</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>True/false</source>
        <translation>論理値（TRUE/FALSE）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日付と時刻</translation>
    </message>
    <message>
        <source>Time or duration</source>
        <translation>時刻または時間</translation>
    </message>
    <message>
        <source>Spreadsheet error</source>
        <translation>エラー値</translation>
    </message>
</context>
<context>
    <name>tenarai::TrimStep</name>
    <message>
        <source>“collapse” must be true or false.</source>
        <translation>“collapse”はtrueかfalseにしてください。</translation>
    </message>
    <message>
        <source>Remove spaces before and after</source>
        <translation>前後の空白を削除</translation>
    </message>
    <message>
        <source>Also collapse spaces inside</source>
        <translation>中の連続した空白も1つにする</translation>
    </message>
    <message>
        <source>Runs of spaces, tabs and line breaks inside a value become one space.</source>
        <translation>値の中で続いている空白、タブ、改行を、1つの空白にします。</translation>
    </message>
    <message>
        <source>Space to leave</source>
        <translation>残す空白</translation>
    </message>
    <message>
        <source>As written (full-width stays full-width)</source>
        <translation>書かれたまま（全角は全角のまま）</translation>
    </message>
    <message>
        <source>Full-width space (as in 山田&#x3000;太郎)</source>
        <translation>全角の空白（山田&#x3000;太郎のように）</translation>
    </message>
    <message>
        <source>Half-width space</source>
        <translation>半角の空白</translation>
    </message>
    <message>
        <source>“space” must be “asWritten”, “ideographic” or “ascii”.</source>
        <translation>“space”は“asWritten”、“ideographic”、“ascii”のいずれかにしてください。</translation>
    </message>
</context>
<context>
    <name>tenarai::UnpivotStep</name>
    <message>
        <source>Columns to keep</source>
        <translation>そのまま残す列</translation>
    </message>
    <message>
        <source>Every other column becomes rows.</source>
        <translation>ほかの列はすべて行に変わります。</translation>
    </message>
    <message>
        <source>Name for the column of headers</source>
        <translation>見出しを入れる列の名前</translation>
    </message>
    <message>
        <source>Name for the column of values</source>
        <translation>値を入れる列の名前</translation>
    </message>
    <message>
        <source>Leave out empty cells</source>
        <translation>空のセルを除く</translation>
    </message>
    <message>
        <source>“keep” must list column names.</source>
        <translation>“keep”には列名を並べてください。</translation>
    </message>
    <message>
        <source>“keep” names a column twice.</source>
        <translation>“keep”に同じ列が2回指定されています。</translation>
    </message>
    <message>
        <source>“attributeName” must be the name of the new column of headers.</source>
        <translation>“attributeName”には、見出しを入れる新しい列の名前を指定してください。</translation>
    </message>
    <message>
        <source>“valueName” must be the name of the new column of values.</source>
        <translation>“valueName”には、値を入れる新しい列の名前を指定してください。</translation>
    </message>
    <message>
        <source>“attributeName” and “valueName” must differ.</source>
        <translation>“attributeName”と“valueName”は別の名前にしてください。</translation>
    </message>
    <message>
        <source>A kept column is already called “%1”.</source>
        <translation>残す列に、「%1」という名前の列が既にあります。</translation>
    </message>
    <message>
        <source>Every column is kept, so there is no column to turn into rows.</source>
        <translation>すべての列を残す設定のため、行に変える列がありません。</translation>
    </message>
    <message>
        <source>Turn columns into rows</source>
        <translation>列を行に変換</translation>
    </message>
</context>
<context>
    <name>tenarai::XlsxPackage</name>
    <message>
        <source>The workbook is password protected. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save it again.</source>
        <translation>このブックはパスワードで保護されています。Excelで開いてパスワードを解除し（[ファイル] &gt; [情報] &gt; [ブックの保護]）、保存し直してください。</translation>
    </message>
    <message>
        <source>This is an Excel 97-2003 workbook (.xls) or another OLE file, not an XLSX workbook. Save it as .xlsx in Excel first.</source>
        <translation>これはXLSX形式のブックではなく、Excel 97-2003ブック（.xls）などのOLEファイルです。先にExcelで.xlsx形式で保存してください。</translation>
    </message>
    <message>
        <source>The XLSX file is damaged or incomplete: its ZIP directory cannot be read (was the file truncated while copying?).</source>
        <translation>XLSXファイルが壊れているか、不完全です。ZIPのディレクトリを読み取れません（コピーの途中でファイルが切れた可能性があります）。</translation>
    </message>
    <message>
        <source>This is not an XLSX workbook (not a ZIP archive).</source>
        <translation>XLSX形式のブックではありません（ZIPアーカイブではありません）。</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>ファイルを開けません: %1</translation>
    </message>
    <message>
        <source>The file is larger than the limit of %1 bytes.</source>
        <translation>ファイルが上限の%1バイトを超えています。</translation>
    </message>
    <message>
        <source>An XLSX workbook must be read from a seekable device.</source>
        <translation>XLSXブックはシーク可能なデバイスから読み込む必要があります。</translation>
    </message>
    <message>
        <source>The archive has %1 entries, more than the limit of %2.</source>
        <translation>アーカイブに%1個のエントリがあり、上限の%2個を超えています。</translation>
    </message>
    <message>
        <source>The archive has more entries than the limit of %1.</source>
        <translation>アーカイブのエントリ数が上限の%1個を超えています。</translation>
    </message>
    <message>
        <source>The XLSX file is damaged: its ZIP directory is unreadable.</source>
        <translation>XLSXファイルが壊れています。ZIPのディレクトリを読み取れません。</translation>
    </message>
    <message>
        <source>The XLSX file is damaged: its ZIP directory is unreadable (error %1).</source>
        <translation>XLSXファイルが壊れています。ZIPのディレクトリを読み取れません（エラー %1）。</translation>
    </message>
    <message>
        <source>The part is missing from the archive.</source>
        <translation>このパーツがアーカイブにありません。</translation>
    </message>
    <message>
        <source>The part is encrypted with a ZIP password, which XLSX files never use.</source>
        <translation>このパーツはZIPのパスワードで暗号化されています。XLSXファイルでこの暗号化が使われることはありません。</translation>
    </message>
    <message>
        <source>The part inflates to %1 bytes, more than the limit of %2.</source>
        <translation>このパーツは展開すると%1バイトになり、上限の%2バイトを超えます。</translation>
    </message>
    <message>
        <source>The part cannot be found in the ZIP directory.</source>
        <translation>このパーツがZIPのディレクトリに見つかりません。</translation>
    </message>
    <message>
        <source>The part cannot be opened: the archive is damaged (error %1).</source>
        <translation>このパーツを開けません。アーカイブが壊れています（エラー %1）。</translation>
    </message>
    <message>
        <source>The part lists too many relationships.</source>
        <translation>このパーツのリレーションシップが多すぎます。</translation>
    </message>
</context>
<context>
    <name>tenarai::XlsxPartDevice</name>
    <message>
        <source>The part cannot be inflated: the archive is damaged.</source>
        <translation>このパーツを展開できません。アーカイブが壊れています。</translation>
    </message>
    <message>
        <source>The part inflates to more than the limit of %1 bytes.</source>
        <translation>このパーツは展開すると上限の%1バイトを超えます。</translation>
    </message>
    <message>
        <source>The workbook inflates to more than the limit of %1 bytes.</source>
        <translation>ブックは展開すると上限の%1バイトを超えます。</translation>
    </message>
    <message>
        <source>The part inflates more than %1 times its compressed size, as a compression bomb does.</source>
        <translation>このパーツは展開すると圧縮時の%1倍を超える大きさになります。これは圧縮爆弾（ZIP爆弾）の特徴です。</translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation>読み込みをキャンセルしました。</translation>
    </message>
    <message>
        <source>The part is damaged: its checksum does not match (error %1).</source>
        <translation>このパーツは壊れています。チェックサムが一致しません（エラー %1）。</translation>
    </message>
</context>
<context>
    <name>tenarai::XlsxReader</name>
    <message>
        <source>The workbook part named by _rels/.rels is missing from the archive.</source>
        <translation>_rels/.rels が指しているブックのパーツがアーカイブにありません。</translation>
    </message>
    <message>
        <source>The file does not say where its workbook is (_rels/.rels); xl/workbook.xml was read.</source>
        <translation>ファイルにブックの場所の記載（_rels/.rels）がないため、xl/workbook.xml を読み込みました。</translation>
    </message>
    <message>
        <source>The file&apos;s list of parts (_rels/.rels) is damaged (%1); xl/workbook.xml was read.</source>
        <translation>ファイルのパーツ一覧（_rels/.rels）が壊れているため（%1）、xl/workbook.xml を読み込みました。</translation>
    </message>
    <message>
        <source>This ZIP archive is not an XLSX workbook: it has no workbook part.</source>
        <translation>このZIPアーカイブはXLSX形式のブックではありません。ブックのパーツがありません。</translation>
    </message>
    <message>
        <source>The part is not a workbook: its root element is &lt;%1&gt;.</source>
        <translation>このパーツはブックではありません（ルート要素が &lt;%1&gt; です）。</translation>
    </message>
    <message>
        <source>The workbook lists too many sheets.</source>
        <translation>ブックのシートが多すぎます。</translation>
    </message>
    <message>
        <source>The part is empty.</source>
        <translation>このパーツは空です。</translation>
    </message>
    <message>
        <source>The workbook has too many cell formats.</source>
        <translation>ブックのセルの書式が多すぎます。</translation>
    </message>
    <message>
        <source>The workbook has more than the limit of %1 shared strings.</source>
        <translation>ブックの共有文字列が上限の%1個を超えています。</translation>
    </message>
    <message>
        <source>The workbook&apos;s relationships are missing, so its sheets cannot be found.</source>
        <translation>ブックのリレーションシップがないため、シートが見つかりません。</translation>
    </message>
    <message>
        <source>The shared strings part is missing from the archive.</source>
        <translation>共有文字列のパーツがアーカイブにありません。</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; has no part in the archive (relationship &quot;%2&quot; is missing).</source>
        <translation>シート「%1」のパーツがアーカイブにありません（リレーションシップ「%2」がありません）。</translation>
    </message>
    <message>
        <source>The part of sheet &quot;%1&quot; is missing from the archive.</source>
        <translation>シート「%1」のパーツがアーカイブにありません。</translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation>読み込みをキャンセルしました。</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>ファイルを開けません: %1</translation>
    </message>
</context>
<context>
    <name>tenarai::XlsxSheetParser</name>
    <message>
        <source>The sheet has a value in column %1, beyond the limit of %2 columns.</source>
        <translation>シートの%1列目に値があり、上限の%2列を超えています。</translation>
    </message>
    <message>
        <source>A value at %1 makes the sheet a grid of %2 rows by %3 columns; with the other sheets that is more than the limit of %4 cells.</source>
        <translation>セル%1の値によってシートが%2行 × %3列の大きさになり、ほかのシートと合わせると上限の%4セルを超えます。</translation>
    </message>
    <message>
        <source>The part is not a worksheet: its root element is &lt;%1&gt;.</source>
        <translation>このパーツはワークシートではありません（ルート要素が &lt;%1&gt; です）。</translation>
    </message>
    <message>
        <source>The sheet has too many merged ranges.</source>
        <translation>シートの結合セルが多すぎます。</translation>
    </message>
    <message>
        <source>A row has the invalid number &quot;%1&quot;.</source>
        <translation>行番号「%1」が正しくありません。</translation>
    </message>
    <message>
        <source>The sheet has more than %1 rows.</source>
        <translation>シートの行数が%1行を超えています。</translation>
    </message>
    <message>
        <source>A cell has the invalid reference &quot;%1&quot;.</source>
        <translation>セル参照「%1」が正しくありません。</translation>
    </message>
    <message>
        <source>A row has more than 16384 cells.</source>
        <translation>1つの行のセルが16384個を超えています。</translation>
    </message>
    <message>
        <source>The cell refers to shared string %1, but the table has %2.</source>
        <translation>セルが共有文字列の%1番を参照していますが、共有文字列は%2個しかありません。</translation>
    </message>
</context>
<context>
    <name>tenarai::XlsxWriter</name>
    <message>
        <source>The sheet has %1 rows; an Excel worksheet holds at most %2.</source>
        <translation>シートが%1行あります。Excelのワークシートに入るのは最大%2行です。</translation>
    </message>
    <message>
        <source>The sheet has %1 columns; an Excel worksheet holds at most %2.</source>
        <translation>シートが%1列あります。Excelのワークシートに入るのは最大%2列です。</translation>
    </message>
    <message>
        <source>The merged range %1 lies outside an Excel worksheet.</source>
        <translation>結合セル%1が、Excelのワークシートの範囲外にあります。</translation>
    </message>
    <message>
        <source>The file cannot be created in its folder: %1</source>
        <translation>保存先のフォルダーにファイルを作成できません: %1</translation>
    </message>
    <message>
        <source>The file cannot be created (error %1).</source>
        <translation>ファイルを作成できません（エラー %1）。</translation>
    </message>
    <message>
        <source>The file cannot be written (error %1); is the disk full?</source>
        <translation>ファイルに書き込めません（エラー %1）。ディスクの空き容量が足りない可能性があります。</translation>
    </message>
    <message>
        <source>The text is longer than the 32,767 characters an Excel cell can hold.</source>
        <translation>文字列が、Excelのセルに入る上限の32,767文字を超えています。</translation>
    </message>
    <message>
        <source>Writing was cancelled.</source>
        <translation>書き込みをキャンセルしました。</translation>
    </message>
    <message>
        <source>The finished file cannot be moved into place: %1</source>
        <translation>書き終えたファイルを保存先に移動できません: %1</translation>
    </message>
</context>
<context>
    <name>tenarai::XlsxXml</name>
    <message>
        <source>The XML has a tag or a text too large to read (line %1, column %2).</source>
        <translation>XMLに、大きすぎて読み込めないタグまたはテキストがあります（%1行目、%2文字目）。</translation>
    </message>
    <message>
        <source>The XML is not encoded in UTF-8 (%1), which Excel always uses.</source>
        <translation>XMLがUTF-8で書かれていません（%1）。ExcelはいつもUTF-8を使います。</translation>
    </message>
    <message>
        <source>The XML ends too early (line %1, column %2).</source>
        <translation>XMLが途中で終わっています（%1行目、%2文字目）。</translation>
    </message>
    <message>
        <source>The XML is malformed at line %1, column %2: %3</source>
        <translation>XMLの%1行目、%2文字目に誤りがあります: %3</translation>
    </message>
    <message>
        <source>The part contains a document type declaration (DTD), which XLSX files never need; it is refused because it can hide entity-expansion attacks.</source>
        <translation>このパーツには文書型宣言（DTD）が含まれています。XLSXファイルにDTDは不要で、エンティティ展開攻撃を隠せるため、読み込みを拒否しました。</translation>
    </message>
    <message>
        <source>A text is longer than the limit of %1 characters per cell.</source>
        <translation>セル1つあたりの上限の%1文字を超える文字列があります。</translation>
    </message>
</context>
<context>
    <name>tenarai::workshop::FrameCodec</name>
    <message>
        <source>message %1</source>
        <translation>メッセージ%1</translation>
    </message>
    <message>
        <source>The connection already sent an invalid message.</source>
        <translation>この接続からは既に不正なメッセージが送られています。</translation>
    </message>
    <message>
        <source>The message is %1 bytes long; at most %2 are allowed.</source>
        <translation>メッセージが%1バイトあります。許容されるのは最大%2バイトです。</translation>
    </message>
    <message>
        <source>The message is not valid JSON (%1 at byte %2).</source>
        <translation>メッセージが正しいJSONではありません（%2バイト目: %1）。</translation>
    </message>
    <message>
        <source>The message is not a JSON object.</source>
        <translation>メッセージがJSONオブジェクトではありません。</translation>
    </message>
</context>
</TS>
