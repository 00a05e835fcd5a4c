/** Text in Norwegian bokmål and English. */
export interface LocalizedText {
  nb: string;
  en: string;
}
