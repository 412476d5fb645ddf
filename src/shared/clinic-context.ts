import { createContext } from '@lit/context';
import type { ClinicSettings } from './clinic-settings.js';

/**
 * The context `<kc-clinic>` provides to every widget inside it. The key is a
 * global symbol, so two copies of the library on one page still share it.
 */
export const clinicContext = createContext<ClinicSettings | undefined>(Symbol.for('ketamine-clinic-elements.clinic'));
