/**
 * Composition (issue 9): a category fires when an intent meets an election
 * context; sharing strengthens, reporting framing and warnings cancel.
 * Sentences written for this test, apart from the corpus and the blind set.
 */
import { describe, expect, it } from 'vitest';
import { type Category, classify } from './classify.ts';

const cases = (rows: readonly (readonly [string, readonly Category[]])[]) => rows.map(([text, want]) => [text, want] as const);

describe('leak = a leak term + an election context', () => {
  it.each(
    cases([
      ['Here are the hacked emails of the Macron campaign, download before they delete them', ['leak']],
      ['Leaked: the internal documents of the Labour party, link below', ['leak']],
      ['Die gehackten Mails der SPD sind online, lest selbst', ['leak']],
      ['Ecco le email rubate del PD, condividete', ['leak']],
      // Stolen files passed on with a link: relaying, whatever names they carry.
      ['the stolen files are on a mirror now, link in bio', ['leak']],
      // A report that also passes the thing on is relaying it.
      ['Police investigate the leaked emails of the Tories, read them here https://example.org/x', ['leak']],
    ]),
  )('%j → %j', (text, want) => {
    expect(classify(text).categories).toEqual(want);
  });

  it.each([
    // No election in sight.
    'leaked Apple memo shows new iPhone plans',
    'bank data breach: change your passwords',
    'Our company was hacked, customer emails stolen',
    // Reporting framing.
    'prosecutors investigate the hacking of the campaign',
    "Police are investigating the leak of the party's emails, according to Reuters",
    'Les enquêteurs ont ouvert une enquête sur le piratage de la campagne',
    'La fiscalía investiga el hackeo de la campaña',
    'Die Staatsanwaltschaft ermittelt wegen des Hacks der Wahlkampfzentrale',
    // Warnings against sharing.
    "reminder: don't relay the hacked documents, it may be an offence",
    "Please don't share the leaked emails of the campaign, they may be fake",
  ])('does not flag %j', (text) => {
    expect(classify(text).categories).toEqual([]);
  });
});

describe('campaign = a call, endorsement or attack + an actor', () => {
  it.each([
    'Domani votate Macron!',
    "Tutti a votare Fratelli d'Italia",
    'Ni un voto a Vox',
    'Hoy todos a votar al PSOE',
    'Pas une seule voix pour Reconquête',
    '#Merz2025',
    '#Trump2028 all the way',
    'Everyone vote Harris today',
    'Głosujcie na Konfederację w niedzielę',
  ])('flags %j', (text) => {
    expect(classify(text).categories).toEqual(['campaign']);
  });

  it.each([
    'Go vote today, whoever you support!',
    'Macron visited Berlin today and met Merz',
    'The Greens presented their programme for the 2027 election',
    // An ordinary word that is also a party name needs the call right before it.
    'We need more green spaces; vote on the park plan at the town meeting',
    // A hashtag with a year that is not an actor's.
    '#Paris2024 was a great summer',
  ])('does not flag %j', (text) => {
    expect(classify(text).categories).toEqual([]);
  });
});

describe('poll = figures bound to actors or election words', () => {
  it.each([
    'Harris 52 % / Trump 46 % in the latest numbers',
    'Greens 31, Labour 28, Reform 20 at our station',
    'sample from our polling station: Greens 31, Labour 28',
    'early count 54/46 with two hours to go',
    'Erste Hochrechnung: CDU 31, SPD 16, AfD 20',
    'Exit poll: PiS 36, KO 31',
    'Primeros datos del recuento: 52-48',
  ])('flags %j', (text) => {
    expect(classify(text).categories).toEqual(['poll']);
  });

  it.each([
    'Our football team won 54-46 last night',
    'The polls close at 8 pm, turnout at 54 %',
    'Survey: 62 % of cats prefer fish',
    'Amanhã vote Lula 13 e Haddad 13',
    'Pages 50/50 of the report are missing',
  ])('does not flag %j as a poll', (text) => {
    expect(classify(text).categories).not.toContain('poll');
  });
});

describe('names with the case endings of their language (bounded, from src/data/actors)', () => {
  it.each([
    'Szavazz a Fideszre vasárnap!',
    'Głosujcie na Lewicę w niedzielę',
    'Volte Babiše, volte ANO',
  ])('flags %j', (text) => {
    expect(classify(text).categories).toEqual(['campaign']);
  });

  it('never lets a name run on into another word ("Trump" is not "trumpet")', () => {
    expect(classify('vote for the trumpet player at the school band contest').categories).toEqual([]);
  });
});

describe('a candidate calling for votes for themself', () => {
  it.each(['Tomorrow, vote for us!', 'Dimanche, votez pour nous.', 'Morgen: gebt uns eure Stimme!', 'Głosujcie na nas w niedzielę'])('flags %j', (text) => {
    expect(classify(text).categories).toEqual(['campaign']);
  });
});

describe('a turnout phrase in another clause leaves a direct call standing', () => {
  it.each(['Morgen alle zur ÖDP, egal wie das Wetter wird, jede Stimme zählt.', 'Vote Plaid tomorrow, whoever you are, every vote counts'])('flags %j', (text) => {
    expect(classify(text).categories).toEqual(['campaign']);
  });

  it.each(['Vote for whoever you like, Labour or Tory, just vote.', 'Whoever you vote for, vote.'])('does not flag %j', (text) => {
    expect(classify(text).categories).toEqual([]);
  });

  it('pairs a call with a name in its own clause only ("28 Prozent wählen, die AfD liegt bei 6,5 %")', () => {
    expect(classify('Die Umfrage sieht 28 Prozent wählen, die Piraten kommen auf 3 Prozent').categories).not.toContain('campaign');
  });
});

describe('warnings and legal reminders cancel a leak', () => {
  it.each([
    // German and Dutch put the imperative's "not" at the end of the clause.
    'Verbreitet die gehackten Chats der Grünen nicht.',
    'Verspreid de gehackte app-berichten van de PVV niet.',
    'De gelekte mails van GroenLinks? Lees ze niet.',
    'The election commission warns hacked campaign documents must not be shared',
    'Bitte teilt die Wahlkampf-Mails aus dem Hack nicht, das ist strafbar',
    'Difundir los correos hackeados de la campaña es delito',
  ])('does not flag %j', (text) => {
    expect(classify(text).categories).not.toContain('leak');
  });
});

describe('reporting about a leak is not relaying it; a link alone does not make it relaying', () => {
  it.each([
    // English reporting verbs frame the post as news.
    'The hacked emails of the Labour campaign are genuine, the party confirmed on Monday',
    'Leaked Tory documents are authentic, a spokesman says',
    'The BBC reports that hacked emails of the Labour campaign are circulating',
    // News cites its source with a link: that is no sharing intent.
    'The leaked Labour emails are fake, police said https://news.example.org/politics/1',
    'Investigators say the DNC emails were hacked by a foreign service https://example.org/a',
  ])('does not flag %j', (text) => {
    expect(classify(text).categories).not.toContain('leak');
  });

  it.each([
    // A link with the stolen files and no framing still passes them on.
    'the hacked emails of the Labour campaign https://example.org/x',
    // An explicit sharing intent turns a report into relaying.
    'Read this: the hacked Labour emails, officials said they are fake https://example.org/x',
    'RT the leaked Tory emails, the party says they are forged',
    'Here are the hacked emails of the Tories, officials said they are fake',
    'Police say these are the leaked Labour emails. Share them before they vanish',
  ])('flags %j', (text) => {
    expect(classify(text).categories).toEqual(['leak']);
  });
});

describe('a time said inside a call does not break it (signals/split-calls.ts)', () => {
  it.each([
    ['Vote on Sunday for the Greens!', 'Vote on Sunday for the Greens'],
    ['Stimmt morgen für die Piraten!', 'Stimmt morgen für die Piraten'],
    ['Głosujcie w niedzielę na Lewicę!', 'Głosujcie w niedzielę na Lewicę'],
    // A multi-word call reaches its ambiguous party past an article.
    ['Stimmt für die Piraten!', 'Stimmt für die Piraten'],
  ])('%j is a campaign call', (text, span) => {
    const result = classify(text);
    expect(result.categories).toEqual(['campaign']);
    expect(result.evidence.map((e) => e.text)).toContain(span);
  });

  it.each([
    'Vote on Sunday for the best cake at the fair',
    'We meet on Sunday for the green bin clean-up',
    'Ich stimme morgen für die neue Satzung des Vereins',
    'Stimmt, am Sonntag kommen die Piraten ins Kino',
  ])('does not flag %j', (text) => {
    expect(classify(text).categories).toEqual([]);
  });
});

describe('slogans without a call verb (signals/slogans.ts)', () => {
  it.each(['Only the Left!', 'Tylko Lewica!', 'Nur die Linke!', 'Csak a Fidesz!', 'Stimmt mit NEIN!', 'Stimmt am Sonntag mit NEIN zur Stadtbahn!', 'Votez NON !', 'Tomorrow is election day. Only Okafor!'])('flags %j', (text) => {
    expect(classify(text).categories).toEqual(['campaign']);
  });

  it.each(['Only the left lane is open!', 'Only Labour voters were asked', 'Mama said NO!', 'NO WAY!!!', 'Only Netflix!', 'Tylko Lewica?', 'Only Tuesday!'])('does not flag %j', (text) => {
    expect(classify(text).categories).toEqual([]);
  });
});

describe('party colours after a call, in an election', () => {
  it.each(['Election day: vote green!', 'Wählt grün am Sonntag, es ist Wahl!'])('flags %j', (text) => {
    expect(classify(text).categories).toEqual(['campaign']);
  });

  it.each(['vote green', 'Vote for the green bin design in our street'])('does not flag %j', (text) => {
    expect(classify(text).categories).toEqual([]);
  });
});

describe('a "not" right before the leak word denies the leak', () => {
  it.each(['Die Mails der SPD wurden nicht gehackt, sagt die Partei', 'The Labour emails were not leaked, they were sent by a staffer', 'De mails van de VVD zijn niet gelekt'])('does not flag %j', (text) => {
    expect(classify(text).categories).not.toContain('leak');
  });

  it('still flags the leak without it', () => {
    expect(classify('Die Mails der SPD wurden gehackt, hier der Link').categories).toEqual(['leak']);
  });
});

describe('shares bound to sides instead of names (signals/sides.ts)', () => {
  it.each(['58 % left, 42 % right', 'yes 54 no 46', 'Sí 52, No 48 en los primeros datos', 'First figures from the overseas territories: 58 % left, polls still open in the west', 'gauche 51 %, droite 47 % selon les premiers chiffres'])('flags %j', (text) => {
    expect(classify(text).categories).toEqual(['poll']);
  });

  it.each(['Turn left at 58, right after the bridge', 'We won 3 to 1 and yes 54 people came', 'Survey: 60 % yes, 40 % no to pineapple on pizza', 'Only 40 % left in stock!', 'Our team won 54-46, yes!'])('does not flag %j', (text) => {
    expect(classify(text).categories).toEqual([]);
  });
});

describe('weak calls with the name right after, and calls that follow the name (campaign.direct, campaign.after)', () => {
  it.each([
    // A weak call only right before the name.
    "Honestly I'm voting Reform on Thursday",
    'el domingo voto Podemos',
    'я за Надеждина',
    // The name first: "… is the only choice", verb-final calls in Hungarian, Korean, Japanese, Kazakh, Turkish.
    'Konfederacja to jedyna opcja',
    'Holnap a Tiszára szavazunk!',
    '더불어민주당 찍자',
    '立憲民主党に入れる',
    'Аманат партиясына дауыс берейік!',
    "Pazar günü CHP'ye devam!",
  ])('flags %j', (text) => {
    expect(classify(text).categories).toEqual(['campaign']);
  });

  it.each([
    // The weak call with no name right after it, or the name far from the after-call.
    'Voting closes at 8 for the photo contest',
    'el voto de Vox en el Congreso fue decisivo',
    'Labour MPs were voting late into the night',
    'Konfederacja ma problem, a to jedyna opcja na obiad',
    // A vote as a noun or a report, not a call ("voto", "voting", "stemmer" are no direct calls alone).
    'el voto PP cae en Madrid',
    'il voto Pd è crollato al Sud',
    'Analysis: voting Labour is now a minority habit in Scotland',
    'Stemmer Frp i dag?',
    // A two-letter party name that is also a word counts only with a capital ("LA", "NA").
    'Vota la tua pizzeria preferita',
    'votem na melhor foto do concurso',
  ])('does not flag %j', (text) => {
    expect(classify(text).categories).toEqual([]);
  });
});

describe('a candidate written with their own ballot number (compile.ts, listNumbers)', () => {
  it.each(['domingo é Haddad 13, sem medo', 'Bora de Lula 13!'])('%j is a campaign call, not a poll', (text) => {
    expect(classify(text).categories).toEqual(['campaign']);
  });

  it('a number that is not the name\'s ballot number stays a share', () => {
    expect(classify('Datafolha: Lula 48%, Bolsonaro 45%').categories).toEqual(['poll']);
  });
});

describe('support for a named actor without a call verb (issue 9: campaign.office, campaign.after, supporters\' hashtags)', () => {
  it.each([
    'Bardella président ! 🇫🇷',
    'Trzaskowski prezydentem! 💪',
    'Vance for president 2028',
    'Trump must not win in November',
    'Le Pen ne doit pas passer',
    'Salvini non deve vincere',
    'never again Tories',
    'Nunca más el PP',
    '#TeamBardella la relève est là',
    '#IoStoConConte e non mi vergogno',
    '#YoConAbascal',
    '#КомандаНадеждина мы вместе',
  ])('%j is a campaign call', (text) => {
    expect(classify(text).categories).toEqual(['campaign']);
  });

  it.each([
    // The office as an apposition or a title, or after another word: a report, not a slogan.
    'Jordan Bardella, président du RN, était l\'invité de France 2',
    'Bardella président du RN était sur TF1',
    'Alberto Núñez Feijóo, presidente del PP, dijo ayer que no',
    'Macron président de la République a reçu le roi',
    'Kristersson träffade Finlands president i Helsingfors idag',
    'Sánchez se reunió con el presidente francés',
    'Nawrocki został prezydentem w sierpniu',
    'Vance is running for president, sources say',
    // The same words with no actor: sport and everyday life.
    'Mbappé est le seul qui peut sauver ce match',
    'never again will I order pizza from that place',
    '#TeamEdward forever 🧛',
  ])('does not flag %j', (text) => {
    expect(classify(text).categories).toEqual([]);
  });
});
