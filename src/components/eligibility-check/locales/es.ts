import en, { type EligibilityStrings } from './en.js';

/**
 * Spanish strings of `<kc-eligibility-check>`.
 *
 * PHQ-9: the published Spanish (USA) form, verbatim ("Cuestionario sobre la salud del paciente-9 (PHQ-9)",
 * elaborado por los doctores Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke y colegas, mediante una
 * subvención educativa otorgada por Pfizer Inc.), checked against a stored copy of that form and the item
 * wording reported in Frontiers in Psychology 2025;16:1634804 (doi:10.3389/fpsyg.2025.1634804, table 2).
 * GAD-7: no stored copy of the published Spanish form could be found to confirm its exact wording, so the
 * GAD-7 is shown in English with a note, as ../shared/clinical/instruments.md requires.
 */
const es: EligibilityStrings = {
  configErrorHeading: 'No se pudo configurar esta evaluación:',
  unavailable: 'Esta evaluación no está disponible en este momento. Comuníquese con la clínica.',
  stepOf: (n, total) => `Paso ${n} de ${total}`,
  steps: {
    about: 'Sobre usted',
    anxiety: 'Ansiedad',
    mood: 'Estado de ánimo',
    history: 'Tratamientos anteriores',
    health: 'Salud',
    result: 'Su resultado',
    handoff: 'Enviar sus respuestas a la clínica',
  },
  back: 'Atrás',
  next: 'Siguiente',
  seeResult: 'Ver mi resultado',
  required: 'Responda esta pregunta, por favor.',
  missing: (n) => (n === 1 ? 'Falta responder 1 pregunta' : `Falta responder ${n} preguntas`),
  yes: 'Sí',
  no: 'No',
  age: '¿Cuántos años tiene?',
  ageHint: 'En años, con números.',
  ageInvalid: 'Escriba su edad en años, con números.',
  region: '¿Dónde vive?',
  regionChoose: 'Elija una opción',
  regionOther: 'En otro lugar',
  pregnant: '¿Está embarazada o amamantando?',
  gad7: {
    ...en.gad7,
    lang: 'en',
    note: 'Estas preguntas (el cuestionario GAD-7) se muestran en inglés porque no pudimos confirmar el texto publicado de su versión en español.',
  },
  phq9: {
    lang: '',
    stem: 'Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?',
    items: [
      'Poco interés o placer en hacer cosas',
      'Se ha sentido decaído(a), deprimido(a) o sin esperanzas',
      'Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado',
      'Se ha sentido cansado(a) o con poca energía',
      'Sin apetito o ha comido en exceso',
      'Se ha sentido mal con usted mismo(a) – o que es un fracaso o que ha quedado mal con usted mismo(a) o con su familia',
      'Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el periódico o ver la televisión',
      '¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? o lo contrario – muy inquieto(a) o agitado(a) que ha estado moviéndose mucho más de lo normal',
      'Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera',
    ],
    scale: ['Ningún día', 'Varios días', 'Más de la mitad de los días', 'Casi todos los días'],
  },
  diagnoses: '¿Algún profesional le ha dicho que tiene alguno de estos problemas? Elija todos los que correspondan.',
  diagnosisLabels: {
    gad: 'Trastorno de ansiedad generalizada',
    social: 'Trastorno de ansiedad social',
    panic: 'Trastorno de pánico',
    ptsd: 'Trastorno de estrés postraumático (TEPT)',
    ocd: 'Trastorno obsesivo-compulsivo (TOC)',
    depression: 'Depresión',
    other: 'Otro',
  },
  treatments: '¿Qué tratamientos ha probado? Elija todos los que correspondan.',
  treatmentLabels: {
    ssri: 'Un antidepresivo ISRS o IRSN',
    medication: 'Otro medicamento para la ansiedad o la depresión',
    therapy: 'Terapia psicológica (psicoterapia)',
  },
  trials: '¿Cuántos medicamentos para la ansiedad o la depresión ha tomado el tiempo suficiente para ver si le ayudaban?',
  trialLabels: ['Ninguno', '1', '2 o más'],
  prescriber: '¿Lo atiende ahora un médico o enfermero que le receta medicamentos para su salud mental?',
  conditions: '¿Le corresponde alguno de estos problemas, ahora o en el pasado?',
  medicines: '¿Toma ahora alguno de estos medicamentos?',
  health: {
    psychosis: 'Psicosis o esquizofrenia',
    psychosisFamily: 'Psicosis o esquizofrenia en su padre, madre, hermano, hermana o hijo',
    bipolar: 'Trastorno bipolar, o un periodo de manía',
    hypertension: 'Presión arterial alta que no está controlada',
    aneurysm: 'Un aneurisma (un vaso sanguíneo dilatado) o una malformación arteriovenosa',
    brainBleed: 'Sangrado en el cerebro',
    heart: 'Enfermedad del corazón, un infarto, insuficiencia cardiaca o un derrame cerebral',
    liver: 'Enfermedad grave del hígado',
    substance: 'Un problema con el alcohol o las drogas en los últimos 3 meses, o cualquier mal uso de ketamina o PCP',
    ketamineReaction: 'Una reacción grave o alergia a la ketamina o la esketamina',
    seizures: 'Convulsiones o epilepsia',
    breathingEyeThyroid: 'Problemas graves para respirar, glaucoma o presión alta en el ojo o el cerebro, o tiroides hiperactiva',
    bladder: 'Problemas de vejiga, como la cistitis intersticial',
    benzodiazepines: 'Una benzodiacepina, de forma regular (como lorazepam, clonazepam o diazepam)',
    lamotrigine: 'Lamotrigina',
    maoi: 'Un inhibidor de la MAO (como fenelzina o tranilcipromina)',
    stimulants: 'Un estimulante, como un medicamento para el TDAH',
  },
  crisis: {
    heading: 'No tiene que enfrentar esto a solas',
    lead: 'Usted indicó que ha tenido pensamientos de que estaría mejor muerto(a) o de lastimarse. Hay apoyo ahora mismo, de día o de noche:',
    lifeline: 'Línea 988 de Prevención del Suicidio y Crisis:',
    call: 'Llamar al',
    text: 'Mensaje al',
    chat: 'chat en 988lifeline.org',
    lifelineMore:
      'En español: llame al 988 y marque 2, o envíe AYUDA por mensaje de texto al 988. Veteranos: llame al 988 y marque 1.',
    textLine: 'Crisis Text Line: envíe HOME por mensaje de texto al',
    emergency: 'Si corre peligro inmediato: vaya a la sala de emergencias más cercana o llame al',
    clinic: (name) => `Llame a ${name ?? 'la clínica'}:`,
    international:
      'Fuera de EE. UU.: en Canadá, llame o envíe un mensaje al 988; Reino Unido e Irlanda, Samaritans 116 123 (emergencias en el Reino Unido: 999); Australia, Lifeline 13 11 14 (emergencias: 000); en otros lugares, su número local de emergencias o una línea de ayuda en',
    notMonitored: 'Este formulario no se supervisa en tiempo real: nadie ve sus respuestas de inmediato.',
    continue: 'Cuando esté listo(a), puede continuar.',
  },
  outcomes: {
    eligible: {
      title: 'Puede ser un buen candidato o candidata',
      body: 'Sus respuestas sugieren que vale la pena hablar con la clínica sobre el tratamiento con ketamina. Un profesional clínico decide, después de hablar con usted.',
    },
    review: {
      title: 'Un profesional clínico quiere hablar con usted primero',
      body: 'Algunas de sus respuestas necesitan una conversación antes de saber si el tratamiento con ketamina es adecuado para usted. Es algo común y no es un no.',
    },
    ineligible: {
      title: 'Es posible que el tratamiento con ketamina no sea adecuado para usted ahora',
      body: 'Según sus respuestas, es probable que la clínica no pueda ofrecerle tratamiento con ketamina en este momento. No se trata de algo que usted haya hecho mal. Un formulario no puede saberlo todo: si alguna respuesta no refleja su situación, llame a la clínica y hable con una persona.',
    },
    crisis: {
      title: 'Busque apoyo ahora, por favor',
      body: 'Su seguridad es lo primero. Puede comunicarse con las personas de arriba ahora mismo, de día o de noche. Cuando esté listo(a), la clínica puede hablar con usted sobre los siguientes pasos.',
    },
  },
  crisisExcluded:
    'Su seguridad es lo primero. Puede comunicarse con las personas de arriba ahora mismo, de día o de noche. Según sus respuestas, es probable que esta clínica no pueda ofrecerle tratamiento, por los motivos que aparecen abajo. Su médico o un profesional de salud mental puede ayudarle a encontrar la atención adecuada para usted.',
  discuss: 'De qué querrá hablar un profesional clínico:',
  why: 'Por qué:',
  reasons: {
    age: (min) => `La clínica atiende a personas de ${min} años o más.`,
    region: 'La clínica no ofrece tratamiento donde usted vive.',
    pregnancy: 'Embarazo o lactancia',
    severity: 'Su puntuación de ansiedad está por debajo del rango que esta clínica suele tratar.',
    trials: 'Ha probado menos medicamentos de los que pide la clínica.',
  },
  alternatives:
    'Otras opciones que pueden ayudar: hable con su médico o con un profesional de salud mental sobre otros tratamientos, como la terapia psicológica u otros medicamentos. Si lo está pasando mal, puede llamar o enviar un mensaje al 988 en cualquier momento.',
  disclaimer: 'Esta es una evaluación inicial, no un diagnóstico.',
  scores: 'Sus puntuaciones (más alta significa que los problemas se presentaron con más frecuencia en las últimas 2 semanas):',
  gad7Name: 'Ansiedad (GAD-7)',
  phq9Name: 'Estado de ánimo (PHQ-9)',
  outOf: (score, max) => `${score} de ${max}`,
  bands: {
    minimal: 'síntomas mínimos o ninguno',
    mild: 'síntomas leves',
    moderate: 'síntomas moderados',
    'moderately-severe': 'síntomas moderadamente graves',
    severe: 'síntomas graves',
  },
  threshold: 'Una puntuación de 10 o más en el GAD-7 es cuando los profesionales suelen evaluar con más detalle.',
  book: 'Reservar una consulta',
  send: 'Enviar mis respuestas a la clínica',
  print: 'Imprimir resumen',
  copy: 'Copiar resumen',
  copied: 'Resumen copiado.',
  copyFailed: 'No se pudo copiar. Puede imprimir el resumen.',
  startOver: 'Empezar de nuevo',
  summaryTitle: 'Resumen de la evaluación de elegibilidad',
  theClinic: 'la clínica',
};

export default es;
