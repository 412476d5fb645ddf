import type { BreathworkTimerStrings } from './en.js';

/** Spanish strings of `<kc-breathwork-timer>` (usted, as in every other widget; neutral Latin American Spanish). */
const es: BreathworkTimerStrings = {
  configErrorHeading: 'No se pudieron usar algunos ajustes del temporizador:',
  timer: 'Temporizador de respiración',
  ready: 'Cuando quiera',
  paused: 'En pausa',
  inhale: 'Tome aire',
  topUp: 'Un poco más',
  hold: 'Sostenga',
  exhale: 'Suelte el aire',
  'hold-out': 'Sostenga',
  start: 'Empezar',
  pause: 'Pausar',
  resume: 'Continuar',
  stop: 'Detener',
  progress: 'Progreso de la sesión',
  pattern: 'Patrón',
  length: 'Duración',
  box: 'Respiración cuadrada (4-4-4-4)',
  '478': 'Respiración 4-7-8',
  coherent: 'Respiración coherente (5,5-5,5)',
  sigh: 'Suspiro cíclico',
  custom: (id: string) => `Su patrón (${id})`,
  breaths: (n: number) => (n === 1 ? '1 respiración' : `${n} respiraciones`),
  announce: 'Avisos para lectores de pantalla',
  volume: 'Volumen',
  safety: 'Si se marea o siente la cabeza ligera, pare y respire con normalidad.',
  holdSafety:
    'Si tiene una enfermedad del corazón o de los pulmones, o está embarazada, consulte a su clínico antes de contener la respiración.',
  long478:
    'Andrew Weil, quien popularizó la respiración 4-7-8, aconseja no hacer más de 4 respiraciones seguidas durante el primer mes. Esta sesión es más larga: puede parar antes si lo desea.',
  sighNote:
    'A su ritmo: inhale por la nariz, tome una segunda inhalación corta y luego exhale larga y lentamente por la boca. Los tiempos son solo una guía.',
  done: 'Sesión terminada',
  summary: (time: string, breaths: string) => `Practicó durante ${time} y tomó ${breaths}.`,
  reflect: '¿Cómo se siente ahora? (opcional)',
  reflectHint: 'Este temporizador no la guarda.',
  reflectDone: 'Listo',
  thanks: 'Gracias.',
  again: 'Volver al inicio',
};

export default es;
