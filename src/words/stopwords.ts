import type { Lang } from '../core/types.js';

/** Function words that carry no alignment evidence on their own. */
export const STOPWORDS: Record<Lang, ReadonlySet<string>> = {
  en: new Set(
    'a an the and or but if of to in on at by for with from as is are was were be been being it its this that these those he she they we you i his her their our your not no so than then there here which who whom what when where how also has have had do does did will would can could may might must shall should into over under about after before more most such other some any all each both only own same just very us them him me my'.split(' '),
  ),
  de: new Set(
    'der die das den dem des ein eine einen einem einer eines und oder aber wenn von zu zum zur in im an am auf bei für mit aus als ist sind war waren sein wird werden wurde wurden hat haben hatte es sie er wir ihr ich du nicht kein keine so dass daß diese dieser dieses diesen jener welche welcher welches wer was wann wo wie auch noch nur schon sehr mehr über unter nach vor durch um bis gegen ohne sich man kann können soll sollen muss müssen darf will wollen dann da hier dort sowie sowohl sondern jedoch bzw denn weil ob doch seine seinen seinem seiner seines ihre ihren ihrem ihrer ihres unser unsere unseren unserem unserer ihm ihn ihnen uns mir mich dir dich euch dessen deren denen diesem jene jenen'.split(' '),
  ),
};
