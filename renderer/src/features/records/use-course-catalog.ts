import type { RecordFacets } from '../../../../core/api/records-types';
import { useTrainerQuery } from './use-trainer-query';

/**
 * Every course on this machine with its modules, plus the learners and sessions that have records:
 * the facets of an empty records page (limit 0 sends no rows), so forms and filters name courses and
 * modules by title without loading each course.
 */
export function useCourseCatalog() {
  return useTrainerQuery<RecordFacets>('records-facets', async (api, trainerToken) => {
    const page = await api.queryRecords({ trainerToken, query: { limit: 0 } });
    return page.facets;
  });
}

export type CourseFacet = RecordFacets['courses'][number];

export function moduleTitle(courses: readonly CourseFacet[], courseId: string, moduleId: string): string {
  return courses.find((course) => course.id === courseId)?.modules.find((module) => module.id === moduleId)?.title ?? moduleId;
}

export function courseTitle(courses: readonly CourseFacet[], courseId: string): string {
  return courses.find((course) => course.id === courseId)?.title ?? courseId;
}
