export * from './actors';
export * from './archive';
export * from './conference';
export * from './meta';
export * from './mail';
export * from './registration';
export * from './auth';
export * from './audit';
