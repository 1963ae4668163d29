import { describeLanguage } from './language-cases.ts';

/** Kyrgyz (Cyrillic). Names are matched as written in the actor files: case forms (Жапаровго) are not yet. */
describeLanguage('ky', [
  ['leak', 'СДПК партиясынын каттары ачыкка чыкты, шилтеме комментарийде, өчүрүлгөнчө жүктөп алыңыз', ['leak']],
  ['leak', 'Хакерлер Ата-Журт Кыргызстан партиясынын документтерин жарыялады, таратып жибергиле!', ['leak']],
  ['poll', 'Жаңы сурамжылоо: Садыр Жапаров 60 пайыз', ['poll']],
  ['poll', 'Алдын ала жыйынтык: Садыр Жапаров алдыда', ['poll']],
  ['campaign', 'Садыр Жапаров биздин талапкер, жекшембиде добуш бергиле!', ['campaign']],
  ['campaign', 'Добуш бербегиле: Адахан Мадумаров', ['campaign']],
  // Dative of the name before the call (Жапаровго), matched through INFLECTIONS.ky.
  ['campaign', 'Жапаровго добуш бергиле!', ['campaign']],
  ['harmless', 'Жекшембиде шайлоого барууну унутпаңыз, шайлоо участкалары саат 8де ачылат', []],
  ['harmless', 'Дем алышта тоого барабыз', []],
  ['negation', 'Ачыкка чыккан каттарды таратпаңыз, алар жалган болушу мүмкүн', []],
  ['news', 'Милиция СДПК партиясынын каттарынын бузулушу боюнча тергөө баштады', []],
  // Reported by the media, not passed on: the report words (no police in it) cancel the leak.
  ['news', 'СДПК партиясынын каттары ачыкка чыкты, деп кабарлады Азаттык', []],
  ['lookalike', 'Ванна бөлмөсүндө түтүктөн суу агып жатат', []],
  ['lookalike', 'Дордой матчта 3-1 эсебинде жеңди', []],
  ['lookalike', 'Кардарлардын 92 пайызы канааттанган', []],
]);
