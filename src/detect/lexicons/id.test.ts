import { describeLanguage } from './language-cases.ts';

/** Indonesian (Bahasa Indonesia); Malay has its own lexicon (ms). */
describeLanguage('id', [
  ['leak', 'Email tim kampanye PDI Perjuangan bocor, link di bio, unduh sebelum dihapus', ['leak']],
  ['leak', 'Peretas membocorkan dokumen internal Partai Gerindra, sebarkan!', ['leak']],
  ['poll', 'Survei terbaru: Partai Gerindra 25 persen, PDI Perjuangan 18 persen, Golkar 14 persen', ['poll']],
  ['poll', 'Quick count: Prabowo Subianto unggul', ['poll']],
  ['poll', 'Hitung cepat Litbang Kompas: paslon 02 unggul', ['poll']],
  ['poll', 'Real count KPU: PDIP 16 persen', ['poll']],
  ['campaign', 'Ayo coblos Prabowo Gibran hari Rabu!', ['campaign']],
  ['campaign', 'Jangan pilih Anies Baswedan', ['campaign']],
  // Ballot numbers as people write them: the pair's number (01, 02, 03) and a party's number.
  ['campaign', 'Coblos 02 ya gaes', ['campaign']],
  ['campaign', 'Jangan coblos 03', ['campaign']],
  ['campaign', 'Pilih nomor urut 2!', ['campaign']],
  ['harmless', 'Jangan lupa ke TPS hari Rabu, TPS dibuka jam 7', []],
  ['harmless', 'Akhir pekan ini kami liburan ke Bali', []],
  ['negation', 'Jangan sebarkan dokumen yang bocor itu, bisa jadi hoaks', []],
  ['news', 'Bareskrim menyelidiki peretasan email PDI Perjuangan', []],
  // Reported by the media, not passed on: the report words (no police in it) cancel the leak.
  ['news', 'Menurut laporan Tempo, email tim kampanye PDI Perjuangan bocor', []],
  ['lookalike', 'Pipa air di kamar mandi bocor, harus panggil tukang ledeng', []],
  ['lookalike', 'Persib menang 3-1 dalam pertandingan semalam', []],
  ['lookalike', 'Kepuasan pelanggan: 92 persen puas dengan layanan kami', []],
  ['lookalike', 'Pilih 01 atau 02 untuk melanjutkan', []],
  ['lookalike', 'Hari ini saya pilih nasi goreng nomor 2', []],
]);
