export { MunicipalityMap, type MunicipalityMapProps } from './MunicipalityMap.js';
export { MUNICIPALITY_SHAPES, type MunicipalityShape } from './municipality-shapes.js';
export { shadeClasses, type ShadeClass } from './shading.js';
