declare module 'virtual:default-dataset' {
  /** URL of the dataset in data/, parsed and checked at build time (scripts/default-dataset-plugin.ts). */
  const datasetUrl: string;
  export default datasetUrl;
}
