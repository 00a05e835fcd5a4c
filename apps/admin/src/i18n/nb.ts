export const nb = {
  app: {
    name: 'Kompetansemidler',
    tagline: 'Kollektiv kompetanseutvikling i barnehage og grunnskole',
    skipToContent: 'Hopp til hovedinnholdet',
  },
  home: {
    title: 'Statsforvalterens oversikt',
    status: 'Status for tjenesten',
    statusOk: 'Tjenesten svarer (versjon {version}).',
    counties: 'Fylker på plattformen',
    noCounties: 'Ingen fylker er lagt inn ennå.',
    loading: 'Laster …',
    error: 'Kunne ikke hente data: {message}',
  },
};

export type MessageSchema = typeof nb;
