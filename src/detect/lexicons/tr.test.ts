import { describeLanguage } from './language-cases.ts';

/**
 * Turkish as posts write it: case endings after an apostrophe (CHP'ye, Erdoğan'a), calls in the third person
 * ("herkes oy versin") and with the ballot seal ("mührü … basın"), press reports and non-election leaks.
 */
describeLanguage('tr', [
  ['leak', "CHP'nin seçim kampanyası e-postaları sızdırıldı, link biyografide, silinmeden indirin", ['leak']],
  ['leak', "AK Parti'nin gizli belgeleri hacklendi, herkes paylaşsın!", ['leak']],
  ['leak', "İmamoğlu'nun ses kayıtları sızdırıldı, silinmeden izleyin", ['leak']],
  ['poll', 'Sandık çıkış anketi: Erdoğan yüzde 49, Kılıçdaroğlu yüzde 45', ['poll']],
  ['poll', 'İlk sonuçlara göre İmamoğlu önde gidiyor', ['poll']],
  ['poll', "Açılan sandıkların yüzde 40'ında CHP önde", ['poll']],
  ['campaign', "Pazar günü herkes CHP'ye oy versin!", ['campaign']],
  ['campaign', "Pazar günü mührü CHP'ye basın!", ['campaign']],
  ['campaign', "Bahçeli'ye tek oy yok", ['campaign']],
  ['campaign', "Oyumuz Erdoğan'a!", ['campaign']],
  ['campaign', "Yarın sandığa gidip Özgür Özel'e oy verelim", ['campaign']],
  ['campaign', "İYİ Parti'ye oy verin", ['campaign']],
  ['harmless', "Pazar günü oy kullanmayı unutmayın, sandıklar saat 8'de açılıyor", []],
  ['harmless', "Erdoğan bugün Ankara'da bir açıklama yaptı", []],
  ['negation', 'Sızdırılan belgeleri paylaşmayın, sahte olabilir', []],
  ['negation', 'Seçim yasakları başladı, anket paylaşmak yasak', []],
  ['news', "Savcılık, CHP'nin e-postalarının hacklenmesiyle ilgili soruşturma başlattı", []],
  ['news', "Habere göre AK Parti'nin yazışmaları sızdırıldı", []],
  ['lookalike', 'Banyoda su kaçağı var, tesisatçı çağırdık', []],
  ['lookalike', 'Galatasaray maçı 3-1 kazandı', []],
  ['lookalike', "Müşterilerimizin yüzde 92'si memnun", []],
  ['lookalike', "Apple'ın yeni iPhone tasarımı sızdırıldı", []],
  ['lookalike', 'Seçimde katılım oranı yüzde 87 oldu', []],
]);
