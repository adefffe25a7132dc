// opencc-js ships its dictionaries as ESM modules whose default export is "from to|from to|...".
declare module 'opencc-js/dict/*' {
  const entries: string;
  export default entries;
}
