import { defineElement } from '../../shared/define-element.js';
import { KcClinic } from './clinic.js';

defineElement('kc-clinic', KcClinic);

export { KcClinic };
