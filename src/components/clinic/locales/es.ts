import type { ClinicStrings } from './en.js';

const es: ClinicStrings = {
  configErrorHeading: 'No se pudieron usar algunos ajustes de la clínica:',
};

export default es;
