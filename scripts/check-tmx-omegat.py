#!/usr/bin/python3
"""Loads a satzpaar TMX into translate-toolkit and into OmegaT and checks that every unit arrives.

A manual check, not part of CI (it needs Debian's `omegat` and `translate-toolkit` packages):

    apt-get install -y omegat translate-toolkit
    node bin/satzpaar.js align EN DE --format tmx --tmx-langs en-US,de-DE -o /tmp/pair.tmx
    /usr/bin/python3 scripts/check-tmx-omegat.py /tmp/pair.tmx EN-US DE-DE [--no-tmx]

translate-toolkit parses the TMX (`translate.storage.tmx`); every unit must have a source and a
target. Then an OmegaT project is built in a temp folder: the English segments, one paragraph
each, as `source/segments.txt`, the TMX in `tm/auto/` (OmegaT inserts exact matches from there as
translations when it loads a project), sentence segmentation off. `omegat --mode=console-translate`
writes `target/segments.txt`; every paragraph must be the German text of its unit. `--no-tmx`
leaves the TMX out: then no paragraph may match (a check that the check can fail).
"""
import os
import subprocess
import sys
import tempfile

from translate.storage import tmx

PROJECT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat>
    <project version="1.0">
        <source_dir>__DEFAULT__</source_dir>
        <target_dir>__DEFAULT__</target_dir>
        <tm_dir>__DEFAULT__</tm_dir>
        <glossary_dir>__DEFAULT__</glossary_dir>
        <glossary_file>__DEFAULT__</glossary_file>
        <dictionary_dir>__DEFAULT__</dictionary_dir>
        <source_lang>{source}</source_lang>
        <target_lang>{target}</target_lang>
        <source_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</source_tok>
        <target_tok>org.omegat.tokenizer.LuceneGermanTokenizer</target_tok>
        <sentence_seg>false</sentence_seg>
        <support_default_translations>true</support_default_translations>
        <remove_tags>false</remove_tags>
    </project>
</omegat>
"""


def main() -> int:
    path, source_lang, target_lang = sys.argv[1:4]
    with_tmx = '--no-tmx' not in sys.argv[4:]
    units = tmx.tmxfile.parsefile(path).units
    pairs = [(u.source, u.target) for u in units]
    complete = sum(1 for s, t in pairs if s and t)
    print(f'translate-toolkit: {len(units)} units, {complete} with source and target, ids {[u.getid() for u in units][:5]}...')

    project = tempfile.mkdtemp(prefix='satzpaar-omegat-')
    for folder in ['source', 'target', 'tm/auto', 'glossary', 'dictionary', 'omegat']:
        os.makedirs(os.path.join(project, folder))
    with open(os.path.join(project, 'omegat.project'), 'w', encoding='utf-8') as f:
        f.write(PROJECT.format(source=source_lang, target=target_lang))
    if with_tmx:
        with open(path, 'rb') as src, open(os.path.join(project, 'tm/auto/export.tmx'), 'wb') as dst:
            dst.write(src.read())
    with open(os.path.join(project, 'source/segments.txt'), 'w', encoding='utf-8') as f:
        f.write('\n\n'.join(s for s, _ in pairs) + '\n')

    run = subprocess.run(['java', '-Djava.awt.headless=true', '-jar', '/usr/share/omegat/OmegaT.jar', project, '--mode=console-translate'],
                         capture_output=True, text=True, timeout=600)
    problems = [line for line in (run.stdout + run.stderr).splitlines() if 'rror' in line or 'xception' in line]
    print(f'omegat: exit {run.returncode}, {len(problems)} error lines' + ''.join(f'\n  {p}' for p in problems[:5]))
    with open(os.path.join(project, 'target/segments.txt'), encoding='utf-8') as f:
        got = [p.strip('\n') for p in f.read().split('\n\n')]
    arrived = sum(1 for i, (_, t) in enumerate(pairs) if i < len(got) and got[i] == t)
    print(f'omegat: {arrived}/{len(pairs)} segments translated with their unit\'s German text (project {project})')
    expected = len(pairs) if with_tmx else 0
    return 0 if run.returncode == 0 and arrived == expected and complete == len(pairs) else 1


if __name__ == '__main__':
    sys.exit(main())
