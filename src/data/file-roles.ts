export type DataFileRole = 'hubs' | 'claims' | 'links';

/** A file named like *hubs* or *claims* takes that role; any other file is a links file. */
export function dataFileRoleOf(fileName: string): DataFileRole {
  const name = (fileName.split(/[\\/]/).pop() ?? fileName).toLowerCase();
  return name.includes('hubs') ? 'hubs' : name.includes('claims') ? 'claims' : 'links';
}
