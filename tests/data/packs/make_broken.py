#!/usr/bin/env python3
"""Regenerates the fixture packs of tests/data/packs from good-basic.

First refreshes good-basic/pack.json's "files" map (SHA-256 of every file but pack.json), then
rebuilds broken/<defect>/ as a copy of good-basic with exactly that one thing broken; the files
map of each copy is recomputed after the change unless the defect is about the map itself.
Run it after editing good-basic:  python3 tests/data/packs/make_broken.py
"""

import hashlib
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
GOOD = os.path.join(HERE, 'good-basic')
BROKEN = os.path.join(HERE, 'broken')


def all_files(folder):
    out = []
    for root, _, names in os.walk(folder):
        for name in names:
            path = os.path.relpath(os.path.join(root, name), folder).replace(os.sep, '/')
            if path != 'pack.json':
                out.append(path)
    return sorted(out)


def read_json(path):
    with open(path, encoding='utf-8') as f:
        return json.load(f)


def write_json(path, obj):
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write(json.dumps(obj, ensure_ascii=False, indent=2) + '\n')


def update_hashes(folder):
    manifest_path = os.path.join(folder, 'pack.json')
    manifest = read_json(manifest_path)
    files = {}
    for path in all_files(folder):
        with open(os.path.join(folder, path), 'rb') as f:
            files[path] = hashlib.sha256(f.read()).hexdigest()
    manifest['files'] = files
    write_json(manifest_path, manifest)


def edit_text(folder, path, old, new):
    full = os.path.join(folder, path)
    with open(full, encoding='utf-8') as f:
        text = f.read()
    assert old in text, (path, old)
    with open(full, 'w', encoding='utf-8', newline='\n') as f:
        f.write(text.replace(old, new, 1))


def edit_json(folder, path, change):
    full = os.path.join(folder, path)
    obj = read_json(full)
    change(obj)
    write_json(full, obj)


def remove_file(folder, path):
    os.remove(os.path.join(folder, path))
    edit_json(folder, 'pack.json', lambda m: m['files'].pop(path))


def missing_manifest(d):
    os.remove(os.path.join(d, 'pack.json'))


def json_syntax(d):
    # A missing comma after "packVersion": the parser stops at the next key.
    edit_text(d, 'pack.json', '"packVersion": "1.0.0",', '"packVersion": "1.0.0"')


def newer_format(d):
    edit_json(d, 'pack.json', lambda m: m.update(version=2))


def hash_mismatch(d):
    with open(os.path.join(d, 'data/visitors-clean.csv'), 'a', encoding='utf-8', newline='\n') as f:
        f.write('6,伊藤 翼,2024-04-06,100\n')


def unlisted_file(d):
    with open(os.path.join(d, 'notes.txt'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('作者のメモ（パックに入れ忘れた）\n')


def missing_lesson_text(d):
    remove_file(d, 'lessons/forms.ja.md')


def missing_image(d):
    edit_text(d, 'lessons/cleaning.ja.md', '3. 参加費を数値にします。',
              '3. 参加費を数値にします。\n\n![グラフ](../images/chart.png)')


def unknown_exercise_reference(d):
    edit_json(d, 'pack.json', lambda m: m['lessons'][0]['exercises'].append('no-such-exercise'))


def exercise_not_in_any_lesson(d):
    edit_json(d, 'pack.json', lambda m: m['lessons'][1]['exercises'].remove('basics-quiz'))


def duplicate_lesson_id(d):
    edit_json(d, 'pack.json', lambda m: m['lessons'][1].update(id='cleaning'))


def bad_solution_recipe(d):
    edit_json(d, 'solutions/clean-visitors.recipe.json',
              lambda r: r['steps'].insert(1, {'type': 'noSuchStep', 'parameters': {}}))


def quiz_correct_unknown_option(d):
    edit_json(d, 'exercises/basics-quiz.json', lambda e: e['questions'][0].update(correct=['nope']))


def min_app_version_too_new(d):
    edit_json(d, 'pack.json', lambda m: m.update(minAppVersion='99.0.0'))


def data_file_not_a_table(d):
    # Starts like an XLSX (a ZIP archive) but is cut short: no reader can make a table of it.
    os.remove(os.path.join(d, 'data/visitors-clean.csv'))
    with open(os.path.join(d, 'data/visitors-clean.xlsx'), 'wb') as f:
        f.write(b'PK\x03\x04' + b'\x00' * 20 + b'not a workbook')
    edit_json(d, 'exercises/clean-visitors.json', lambda e: e.update(target='data/visitors-clean.xlsx'))


def remote_image_link(d):
    edit_text(d, 'lessons/cleaning.en.md', '](../images/table.png)', '](https://example.com/table.png)')


def lesson_not_utf8(d):
    # The Japanese lesson saved as Shift_JIS: its first non-ASCII byte is on line 1.
    full = os.path.join(d, 'lessons/forms.ja.md')
    with open(full, encoding='utf-8') as f:
        text = f.read()
    with open(full, 'wb') as f:
        f.write(text.encode('cp932'))


def raw_html(d):
    # A warning, not an error: the pack still loads.
    edit_text(d, 'lessons/forms.en.md', 'Finally, answer the review quiz.',
              '<div class="note">Finally, answer the review quiz.</div>')


# name -> (change, recompute the files map afterwards)
CASES = {
    'missing-manifest': (missing_manifest, False),
    'json-syntax': (json_syntax, False),
    'newer-format': (newer_format, True),
    'hash-mismatch': (hash_mismatch, False),
    'unlisted-file': (unlisted_file, False),
    'missing-lesson-text': (missing_lesson_text, False),
    'missing-image': (missing_image, True),
    'unknown-exercise-reference': (unknown_exercise_reference, True),
    'exercise-not-in-any-lesson': (exercise_not_in_any_lesson, True),
    'duplicate-lesson-id': (duplicate_lesson_id, True),
    'bad-solution-recipe': (bad_solution_recipe, True),
    'quiz-correct-unknown-option': (quiz_correct_unknown_option, True),
    'min-app-version-too-new': (min_app_version_too_new, True),
    'data-file-not-a-table': (data_file_not_a_table, True),
    'remote-image-link': (remote_image_link, True),
    'lesson-not-utf8': (lesson_not_utf8, True),
    'raw-html': (raw_html, True),
}


def main():
    update_hashes(GOOD)
    if os.path.isdir(BROKEN):
        shutil.rmtree(BROKEN)
    os.makedirs(BROKEN)
    for name, (change, rehash) in CASES.items():
        folder = os.path.join(BROKEN, name)
        shutil.copytree(GOOD, folder)
        change(folder)
        if rehash:
            update_hashes(folder)


if __name__ == '__main__':
    main()
