// Descriptors built from a company's products and leaders: journalists name a
// company by what it makes ("the company behind ChatGPT", "la creadora de Claude",
// "der ChatGPT-Entwickler") or who runs it ("la empresa comandada por Lisa Su",
// "the company led by Jensen Huang") in more ways than a list per company keeps up with.

/** Per language, phrases with {P} for a product. */
const BY_PRODUCT: Record<string, string[]> = {
  en: [
    'the company behind {P}', 'the firm behind {P}', 'the startup behind {P}', 'the start-up behind {P}', 'the maker of {P}', 'the {P} maker', '{P} maker', 'the {P}-maker', '{P}-maker',
    'the developer of {P}', 'the {P} developer', '{P} developer', 'the creator of {P}', 'the {P} creator', '{P} creator', 'the owner of {P}', 'the {P} owner', '{P} owner',
    'the parent of {P}', 'the parent company of {P}', 'the {P} parent', '{P} parent', "{P}'s parent", "{P}'s parent company", "{P}'s maker", "{P}'s developer", "{P}'s creator",
  ],
  es: [
    'la creadora de {P}', 'la empresa creadora de {P}', 'la compañía creadora de {P}', 'el creador de {P}', 'la desarrolladora de {P}', 'la empresa desarrolladora de {P}', 'el desarrollador de {P}',
    'la empresa detrás de {P}', 'la compañía detrás de {P}', 'la firma detrás de {P}', 'la startup detrás de {P}', 'la tecnológica detrás de {P}', 'la dueña de {P}', 'el dueño de {P}', 'la propietaria de {P}',
    'la matriz de {P}', 'la empresa matriz de {P}', 'la casa matriz de {P}', 'la empresa responsable de {P}', 'la compañía responsable de {P}', 'la creadora del chatbot {P}', 'la desarrolladora del chatbot {P}',
  ],
  pt: [
    'a dona do {P}', 'a dona de {P}', 'a criadora do {P}', 'a criadora de {P}', 'a desenvolvedora do {P}', 'a desenvolvedora de {P}', 'a empresa por trás do {P}', 'a empresa por trás de {P}',
    'a startup por trás do {P}', 'a controladora do {P}', 'a proprietária do {P}', 'a responsável pelo {P}', 'a empresa responsável pelo {P}', 'a empresa dona do {P}', 'a empresa criadora do {P}',
    'a criadora do chatbot {P}', 'a dona do chatbot {P}',
  ],
  fr: [
    'le créateur de {P}', 'la créatrice de {P}', "l'éditeur de {P}", 'la maison mère de {P}', 'la maison-mère de {P}', 'la société mère de {P}', "l'entreprise derrière {P}", 'la société derrière {P}',
    'la start-up derrière {P}', 'le concepteur de {P}', 'le développeur de {P}', 'le propriétaire de {P}', "la société à l'origine de {P}", "l'entreprise à l'origine de {P}", "la start-up à l'origine de {P}",
    'le créateur du chatbot {P}', "l'éditeur du chatbot {P}",
  ],
  de: [
    'der {P}-Entwickler', 'der {P}-Hersteller', 'der {P}-Anbieter', 'der {P}-Betreiber', 'der {P}-Erfinder', 'der {P}-Konzern', 'der {P}-Mutterkonzern', 'die {P}-Firma', 'die {P}-Mutter',
    'das Unternehmen hinter {P}', 'die Firma hinter {P}', 'der Entwickler von {P}', 'der Hersteller von {P}', 'die {P}-Macher',
  ],
};

/** Per language, phrases with {L} for a leader or founder. */
const BY_LEADER: Record<string, string[]> = {
  en: ["{L}'s company", "{L}'s firm", 'the company led by {L}', 'the company run by {L}', 'the company headed by {L}', 'the firm led by {L}', 'the company founded by {L}', 'the company co-founded by {L}'],
  es: [
    'la empresa de {L}', 'la compañía de {L}', 'la firma de {L}', 'la tecnológica de {L}', 'el grupo de {L}', 'la empresa dirigida por {L}', 'la compañía dirigida por {L}', 'la empresa liderada por {L}',
    'la compañía liderada por {L}', 'la empresa que dirige {L}', 'la compañía que dirige {L}', 'la empresa que lidera {L}', 'la empresa fundada por {L}', 'la compañía fundada por {L}',
    'la empresa encabezada por {L}', 'la empresa presidida por {L}', 'la compañía presidida por {L}',
  ],
  pt: [
    'a empresa de {L}', 'a companhia de {L}', 'a empresa comandada por {L}', 'a companhia comandada por {L}', 'a empresa liderada por {L}', 'a companhia liderada por {L}', 'a empresa dirigida por {L}',
    'a empresa fundada por {L}', 'a companhia fundada por {L}', 'a empresa chefiada por {L}', 'a empresa presidida por {L}',
  ],
  fr: [
    'la société de {L}', "l'entreprise de {L}", 'le groupe de {L}', 'la société dirigée par {L}', "l'entreprise dirigée par {L}", 'le groupe dirigé par {L}', 'la société fondée par {L}',
    "l'entreprise fondée par {L}", 'le groupe fondé par {L}', 'la société présidée par {L}',
  ],
  de: ['das Unternehmen von {L}', 'der Konzern von {L}', 'die Firma von {L}', 'das von {L} geführte Unternehmen', 'der von {L} geführte Konzern', 'das von {L} gegründete Unternehmen'],
};

/** The descriptors, per language, that a company's products and leaders give it. */
export function templatedDescriptors(products: readonly string[], leaders: readonly string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const fill = (table: Record<string, string[]>, slot: string, values: readonly string[]) => {
    for (const [lang, templates] of Object.entries(table)) {
      for (const v of values) for (const t of templates) (out[lang] ??= []).push(t.replace(slot, v));
    }
  };
  fill(BY_PRODUCT, '{P}', products);
  fill(BY_LEADER, '{L}', leaders);
  return out;
}
