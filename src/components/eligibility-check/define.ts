import '../clinic/define.js';
import { defineElement } from '../../shared/define-element.js';
import { KcEligibilityCheck } from './eligibility-check.js';

defineElement('kc-eligibility-check', KcEligibilityCheck);

export { KcEligibilityCheck };
