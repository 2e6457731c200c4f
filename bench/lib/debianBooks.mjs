// Published English–German translations as Debian ships them (bookworm): which packages hold them,
// getting and unpacking those packages, and pairing each book's English pages with their German.
// Used by bench/claims-real.mjs.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, join } from 'node:path';

const cacheRoot = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'satzpaar-bench');
export const DEFAULT_DEBS = join(cacheRoot, 'debs');
export const DEFAULT_WORK = join(cacheRoot, 'unpacked');

/**
 * The books: packages, and where the English and German pages of a page pair lie in the unpacked
 * packages. `pairs(root)` gets `root(package)`, the unpacked tree of a package, and returns
 * `[page, enPath, dePath]` for every English page with a German counterpart, in a stable order.
 */
export const BOOKS = [
  {
    name: 'faq',
    title: 'The Debian GNU/Linux FAQ',
    packages: ['debian-faq', 'debian-faq-de'],
    pairs: (root) => {
      const en = join(root('debian-faq'), 'usr/share/doc/debian/FAQ');
      const de = join(root('debian-faq-de'), 'usr/share/doc/debian/FAQ/de');
      return pairByName(en, de, (f) => (f.endsWith('.en.html') ? f.replace(/\.en\.html$/, '.de.html') : undefined));
    },
  },
  {
    name: 'reference',
    title: 'Debian Reference',
    packages: ['debian-reference-en', 'debian-reference-de'],
    pairs: (root) => {
      const en = join(root('debian-reference-en'), 'usr/share/debian-reference');
      const de = join(root('debian-reference-de'), 'usr/share/debian-reference');
      return pairByName(en, de, (f) => (f.endsWith('.en.html') ? f.replace(/\.en\.html$/, '.de.html') : undefined));
    },
  },
  {
    name: 'handbook',
    title: "The Debian Administrator's Handbook",
    packages: ['debian-handbook'],
    pairs: (root) => {
      const html = join(root('debian-handbook'), 'usr/share/doc/debian-handbook/html');
      return pairByName(join(html, 'en-US'), join(html, 'de-DE'), (f) => (f.endsWith('.html') ? f : undefined));
    },
  },
  {
    name: 'gnome-help',
    title: "GNOME's help (gnome-help and system-admin-guide, Mallard pages)",
    packages: ['gnome-user-docs'],
    pairs: (root) => {
      const help = join(root('gnome-user-docs'), 'usr/share/help');
      return ['gnome-help', 'system-admin-guide'].flatMap((app) =>
        pairByName(join(help, 'C', app), join(help, 'de', app), (f) => (f.endsWith('.page') ? f : undefined)).map(([page, en, de]) => [`${app}/${page}`, en, de]),
      );
    },
  },
  {
    name: 'install',
    title: 'Debian installation guide (amd64)',
    packages: ['installation-guide-amd64'],
    pairs: (root) => {
      const doc = join(root('installation-guide-amd64'), 'usr/share/doc/installation-guide-amd64');
      return pairByName(join(doc, 'en'), join(doc, 'de'), (f) => (f.endsWith('.html') ? f : undefined));
    },
  },
];

/** `[page, enPath, dePath]` for every file of `enDir` that `germanName` maps to a file of `deDir`. */
function pairByName(enDir, deDir, germanName) {
  if (!existsSync(enDir) || !existsSync(deDir)) throw new Error(`missing ${existsSync(enDir) ? deDir : enDir}`);
  const german = new Set(readdirSync(deDir));
  return readdirSync(enDir)
    .sort()
    .flatMap((f) => {
      const g = germanName(f);
      return g !== undefined && german.has(g) ? [[f, join(enDir, f), join(deDir, g)]] : [];
    });
}

/** The newest `PACKAGE_VERSION_ARCH.deb` of the package in `dir`, downloaded with `apt-get download` when there is none. */
export function debFile(dir, pkg, log = console.error) {
  mkdirSync(dir, { recursive: true });
  const find = () =>
    readdirSync(dir)
      .filter((f) => f.startsWith(`${pkg}_`) && f.endsWith('.deb'))
      .sort(compareDebNames)
      .at(-1);
  let file = find();
  if (file === undefined) {
    log(`downloading ${pkg} into ${dir} (apt-get download)`);
    execFileSync('apt-get', ['download', pkg], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
    file = find();
    if (file === undefined) throw new Error(`apt-get download ${pkg} left no ${pkg}_*.deb in ${dir}`);
  }
  return join(dir, file);
}

/** Orders .deb names of one package by version (dpkg's order). */
function compareDebNames(a, b) {
  const version = (f) => decodeURIComponent(basename(f, '.deb').split('_')[1] ?? '');
  if (a === b) return 0;
  try {
    execFileSync('dpkg', ['--compare-versions', version(a), 'lt', version(b)], { stdio: 'ignore' });
    return -1;
  } catch {
    return 1;
  }
}

/** Unpacks the .deb with `dpkg-deb -x` under `workDir` once (a `.unpacked` mark says it is complete) and returns the tree. */
export function unpacked(deb, workDir, log = console.error) {
  const target = join(workDir, basename(deb, '.deb'));
  const mark = join(target, '.unpacked');
  if (existsSync(mark)) return target;
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  log(`unpacking ${basename(deb)} into ${target}`);
  execFileSync('dpkg-deb', ['-x', deb, target], { stdio: ['ignore', 'ignore', 'inherit'] });
  writeFileSync(mark, `${basename(deb)}\n`);
  return target;
}
