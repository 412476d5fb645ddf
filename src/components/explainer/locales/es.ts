import type { ExplainerStrings } from './en.js';

/** Spanish strings of `<kc-explainer>` (usted; neutral Latin American Spanish, as read in the US). */
const es: ExplainerStrings = {
  configErrorHeading: 'No se pudieron usar algunos ajustes de esta explicación:',
  label: 'Cómo puede ayudar la ketamina con la ansiedad',
  research: 'Lo que dice la investigación',
  takeaway: 'Idea clave',
  book: 'libro',
  loadingSources: 'Cargando las fuentes…',
  sourcesFailed: 'No se pudieron cargar las fuentes. Vuelva a cargar la página para verlas.',
  cta: 'Pruebe el ejercicio de respiración',
  reviewed: 'Última revisión',
  dose: 'Dosis',
  window: 'Ventana',
  disclaimer:
    'Información general, no consejo médico ni promesa de resultados. La ketamina no está aprobada por la FDA para la ansiedad y no es adecuada para todas las personas; hable de su caso con un profesional de salud autorizado. En una crisis en EE. UU., llame al 988 y marque 2, o envíe AYUDA por mensaje de texto al 988.',
  sections: {
    gap: {
      tab: 'La brecha',
      heading: 'La brecha en el tratamiento',
      body: [
        'Los trastornos de ansiedad son los problemas de salud mental más comunes en EE. UU.: más de 1 de cada 4 adultos tendrá uno en algún momento de su vida (es lo que se llama prevalencia de por vida).',
        'La ayuda suele llegar tarde, y a menudo se queda corta. En una encuesta nacional, las personas con un trastorno mental, incluida la ansiedad, tardaron en promedio más de diez años en consultar por primera vez a un profesional. En una encuesta posterior, solo el 41 % de las personas con un trastorno mental en el último año recibió algún tratamiento. La mayoría no recibió tratamiento o recibió uno deficiente.',
        'Los tratamientos habituales, los medicamentos ISRS y la terapia cognitivo-conductual (TCC), ayudan a muchas personas, pero solo alrededor del 60 % responde bien y muchas siguen con algunos síntomas. La ketamina se está estudiando para ellas. No está aprobada para la ansiedad (se usa fuera de indicación, lo que en inglés se llama «off-label») y los estudios hasta ahora son pequeños y breves.',
      ],
      takeaway: 'La ansiedad es común y el tratamiento habitual no ayuda a todos. Por eso se estudian nuevas opciones.',
    },
    dmn: {
      tab: 'Redes cerebrales',
      heading: 'Calmar la red neuronal por defecto',
      body: [
        'La red neuronal por defecto (RND) une zonas del cerebro que trabajan más cuando descansamos y no estamos concentrados en una tarea. Sus centros son la corteza prefrontal medial, detrás de la frente; el cíngulo posterior y el precúneo, en la parte media, hacia adentro; y el giro angular, hacia atrás.',
        'La RND está ligada a pensar en uno mismo. En la depresión, una conexión más estrecha entre la RND y una zona del estado de ánimo va de la mano con la rumiación: darle vueltas una y otra vez a las mismas preocupaciones. En la ansiedad el panorama es menos claro: una revisión importante sugiere que la RND está menos activa, no más.',
        'Los estudios de imagen sugieren que la ketamina puede cambiar por un tiempo las conexiones de la RND. En voluntarios sanos, las conexiones dentro de la RND eran más débiles un día después de una dosis. En la depresión, dos días después de una infusión, las conexiones entre la RND y la ínsula se acercaron a las de las personas sanas; al décimo día, el cambio ya no estaba. Los efectos son modestos y no exclusivos: el midazolam, un sedante, también reduce la conectividad de la RND.',
      ],
      takeaway:
        'La ketamina podría calmar por un tiempo una red cerebral centrada en uno mismo, pero la evidencia de imagen es inicial y dispar.',
      fig: [
        'Centros de la red neuronal por defecto',
        'Un cerebro visto de lado con tres centros conectados: la corteza prefrontal medial al frente, el cíngulo posterior y el precúneo en el medio, y el giro angular hacia atrás.',
      ],
    },
    plasticity: {
      tab: 'Nuevas conexiones',
      heading: 'Reconstruir conexiones: el BDNF y la neuroplasticidad',
      body: [
        'El estrés prolongado desgasta las neuronas. En animales, elimina sinapsis, los puntos de contacto entre neuronas, en la corteza prefrontal, la zona que ayuda a manejar las emociones.',
        'La ketamina bloquea el receptor NMDA, un interruptor del mensajero químico glutamato. En ratas y ratones, esto elevó con rapidez el BDNF, una proteína que ayuda a crecer a las neuronas, activó una señal de crecimiento llamada mTOR y formó nuevas sinapsis que ayudaron a que el beneficio durara.',
        'El psiquiatra John Ratey llama al BDNF “Miracle-Gro for the brain”, es decir, un abono milagroso para el cerebro (Spark, 2008). Hablaba del BDNF en general, no de la ketamina. La mayor parte de esta evidencia viene de animales; aún no se sabe cuánto se aplica a las personas.',
      ],
      takeaway:
        'En animales, la ketamina ayuda a reconstruir las conexiones que el estrés desgasta. En personas, las pruebas aún son limitadas.',
      fig: [
        'Nuevas espinas en una rama neuronal',
        'Una rama de una neurona con pequeñas protuberancias llamadas espinas, donde se forman las sinapsis; entre ellas brotan otras nuevas.',
      ],
    },
    window: {
      tab: 'Una ventana',
      heading: 'Una ventana para el cambio',
      body: [
        'Después de una dosis, el cerebro podría quedar más abierto al cambio durante un tiempo. En ratones, la ketamina reabrió un «período crítico» de aprendizaje social, una etapa en la que se aprende con más facilidad, durante unas 48 horas; sustancias de efecto más largo lo mantuvieron abierto de dos a cuatro semanas.',
        'No se sabe cuánto dura esa ventana en las personas. La idea es que lo que se practica entre sesiones, como nuevas formas de pensar, podría arraigar mejor en ese tiempo. Es prometedor, pero todavía se está estudiando.',
      ],
      takeaway:
        'Puede haber una ventana breve tras el tratamiento en la que los nuevos hábitos se afianzan con más facilidad. Aprovéchela con apoyo.',
      fig: [
        'Una ventana para el cambio',
        'Una línea de tiempo que empieza con una dosis y sigue con un tramo sombreado en el que el cerebro podría estar más abierto al cambio.',
      ],
    },
    insight: {
      tab: 'En la sesión',
      heading: 'Comprensión durante la sesión',
      body: [
        'Con las dosis bajas que se usan para la ansiedad, muchas personas se sienten como en un sueño, desconectadas o volcadas hacia adentro durante la sesión. Los pensamientos pueden parecer más lejanos. La sensación pasa.',
        'Algunas personas lo aprovechan para ver viejas preocupaciones desde otro ángulo, y hablarlo después con un terapeuta puede ayudar. Un nuevo análisis de 576 pacientes de dos ensayos con esketamina, un pariente cercano de la ketamina, contó juntos a quienes recibieron el medicamento y a quienes recibieron un placebo. En él, sentirse más desconectado no predijo quién iba a mejorar.',
        'En un estudio pequeño sin grupo placebo (12 personas), la ansiedad bajó en menos de una hora y el efecto duró hasta una semana. En 18 personas con ansiedad social, los médicos vieron mejoría, pero, en el análisis principal, la valoración de los propios pacientes no superó al placebo.',
      ],
      takeaway:
        'Una sesión puede sentirse inusual y reflexiva. En un análisis grande, sentirse más desconectado no predijo quién iba a mejorar.',
    },
    integration: {
      tab: 'Integración',
      heading: 'Integración',
      body: [
        'Integrar significa llevar a la vida diaria, entre sesiones, lo que usted notó. Tres prácticas tienen evidencia propia.',
        'Meditación: un curso de atención plena (mindfulness) de 8 semanas funcionó más o menos igual de bien que el medicamento escitalopram en 276 adultos con trastornos de ansiedad. Respiración: cinco minutos al día de respiración lenta, con exhalaciones largas, mejoraron el ánimo en un mes. Diario: escribir sobre momentos buenos tres veces por semana redujo el malestar en pacientes con síntomas de ansiedad.',
        '¿Quiere probar? El ejercicio de respiración dura unos cinco minutos.',
      ],
      takeaway:
        'Prácticas como estas ayudaron a las personas de sus propios estudios; podrían ayudarle a construir sobre lo que note en las sesiones.',
      fig: ['Una onda de respiración', 'Una onda que sube con cada inhalación y baja con una exhalación más larga.'],
    },
  },
};

export default es;
