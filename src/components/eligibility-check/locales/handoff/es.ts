import type { HandoffStrings } from './en.js';

/** Spanish strings of the hand-off step of `<kc-eligibility-check>`. */
const es: HandoffStrings = {
  intro: (clinic: string) =>
    `${clinic} puede comunicarse con usted sobre su resultado. No se envía nada hasta que usted acepte abajo.`,
  name: 'Su nombre',
  email: 'Correo electrónico',
  phone: 'Teléfono',
  reach: 'Correo electrónico o teléfono: se necesita uno de los dos. Puede indicar ambos.',
  time: 'Mejor momento para contactarle',
  times: { any: 'Cualquier momento', morning: 'Mañana', afternoon: 'Tarde', evening: 'Noche' },
  consent: (clinic: string) =>
    `Acepto enviar mis respuestas y mis datos de contacto a ${clinic} para que se comuniquen conmigo sobre esta evaluación.`,
  submit: 'Enviar',
  sending: 'Enviando…',
  sent: (clinic: string) => `Enviado. ${clinic} ya tiene sus respuestas.`,
  failed: 'No pudimos enviar sus respuestas. Siguen aquí: inténtelo de nuevo o llame a la clínica.',
  unconfirmed: (clinic: string) =>
    `No pudimos confirmar que ${clinic} recibió sus respuestas. Siguen aquí: inténtelo de nuevo o llame a la clínica.`,
  interrupted: (clinic: string) =>
    `Es posible que sus respuestas ya hayan llegado a ${clinic}: el envío se interrumpió antes de recibir confirmación. Para terminar el envío, elija «Terminar el envío». Se manda de nuevo el mismo envío, así la clínica puede reconocer que es una repetición.`,
  changed: (clinic: string) =>
    `Usted hizo cambios después de un envío que quizá ya llegó a ${clinic}. Si envía ahora, se manda una copia nueva y ${clinic} podría recibir las dos.`,
  retry: 'Intentar de nuevo',
  finish: 'Terminar el envío',
  keepCopy: 'Puede guardar una copia de lo que envió, con el consentimiento que aceptó. Solo se copia en este dispositivo.',
  copySent: 'Copiar lo que envié',
  copiedSent: 'Copiado. Puede pegarlo en una nota o en un correo para usted.',
  copySentFailed: 'No se pudo copiar. Es posible que su navegador no lo permita en esta página.',
  copyTitle: (clinic: string) => `Lo que usted envió a ${clinic}`,
  sentAt: 'Enviado',
  reference: 'Referencia',
  agreed: 'Usted aceptó:',
  consentVersion: 'Versión del consentimiento',
  yourAnswers: 'Sus respuestas:',
  problems: {
    name: 'Escriba su nombre.',
    reach: 'Indique un correo electrónico o un teléfono.',
    email: 'Revise el correo electrónico (por ejemplo, nombre@ejemplo.com).',
    consent: 'Marque la casilla para aceptar antes de enviar.',
  },
};

export default es;
