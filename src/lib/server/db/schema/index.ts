export * from './actors';
export * from './archive';
export * from './conference';
export * from './meta';
export * from './monitoring';
