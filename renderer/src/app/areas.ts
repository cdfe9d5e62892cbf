export interface Area {
  id: 'learn' | 'author' | 'records';
  label: string;
}

/** The app's top-level areas, in the order the header shows them. */
export const areas: readonly Area[] = [
  { id: 'learn', label: 'Learn' },
  { id: 'author', label: 'Author' },
  { id: 'records', label: 'Records' },
];

export function areaFor(segment: string | undefined): Area {
  return areas.find((area) => area.id === segment) ?? (areas[0] as Area);
}
