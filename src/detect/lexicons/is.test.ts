import { describeLanguage } from './language-cases.ts';

/** Icelandic. Case forms of the names (Samfylkingarinnar, Miðflokkinn) come from INFLECTIONS.is in compile.ts. */
describeLanguage('is', [
  ['leak', 'Tölvupóstar Samfylkingarinnar hafa lekið út, hlekkur í bio, hlaðið niður áður en þeim verður eytt', ['leak']],
  ['leak', 'Tölvuþrjótar birtu innri skjöl Sjálfstæðisflokksins, deilið!', ['leak']],
  ['poll', 'Ný könnun Maskínu: Samfylkingin 24 prósent, Sjálfstæðisflokkurinn 19 prósent', ['poll']],
  ['poll', 'Útgönguspá: Kristrún Frostadóttir leiðir', ['poll']],
  ['campaign', 'Samfylkingin er eini kosturinn, kjósið rétt á laugardag!', ['campaign']],
  ['campaign', 'Ekkert atkvæði til Miðflokksins', ['campaign']],
  ['campaign', 'Kjósum Samfylkinguna á laugardaginn', ['campaign']],
  ['harmless', 'Munið að kjósa á laugardaginn, kjörstaðir opna klukkan 9', []],
  ['harmless', 'Við förum í sumarbústaðinn um helgina', []],
  ['negation', 'Ekki deila tölvupóstunum sem lekið hafa, þeir gætu verið falsaðir', []],
  ['news', 'Lögreglan rannsakar tölvuinnbrot hjá Samfylkingunni og stolin gögn', []],
  // Reported by the media, not passed on: the report words (no police in it) cancel the leak.
  ['news', 'Samkvæmt fréttastofu hafa tölvupóstar kosningabaráttunnar lekið út', []],
  ['lookalike', 'Það er vatnsleki á baðherberginu, lagnir eru ónýtar', []],
  ['lookalike', 'KR vann leikinn 3-1', []],
  ['lookalike', 'Ánægjukönnun: 92 prósent viðskiptavina eru ánægð', []],
]);
