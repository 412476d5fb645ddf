import '../clinic/define.js';
import { defineElement } from '../../shared/define-element.js';
import { KcExplainer } from './explainer.js';

defineElement('kc-explainer', KcExplainer);

export { KcExplainer };
