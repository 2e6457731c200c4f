// natural's index pulls in database drivers that print to stdout; we import single submodules,
// which ship no type declarations of their own.
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const stemmer: { stem(word: string): string };
  export default stemmer;
}
declare module 'natural/lib/natural/stemmers/porter_stemmer_de.js' {
  const stemmer: { stem(word: string): string };
  export default stemmer;
}
