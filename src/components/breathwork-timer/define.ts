import '../clinic/define.js';
import { defineElement } from '../../shared/define-element.js';
import { KcBreathworkTimer } from './breathwork-timer.js';

defineElement('kc-breathwork-timer', KcBreathworkTimer);

export { KcBreathworkTimer };
