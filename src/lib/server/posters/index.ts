export { PosterError } from './errors';
export * from './input';
export * from './store';
export {
	posterFileFrom,
	posterFileProblem,
	posterFileResponse,
	type PosterUploadSettings,
	type UploadedPoster
} from './files';
export { submissionAction } from './route';
