/** English strings of `<kc-clinic>`. Every other locale file must have the same keys. */
const en = {
  configErrorHeading: 'Some clinic settings could not be used:',
};

export type ClinicStrings = typeof en;
export default en;
