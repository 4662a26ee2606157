/**
 * The 53 member municipalities of the Regionalverband Ruhr (Destatis GV100AD, Gebietsstand
 * 30.11.2025; see data/reference/SOURCES.md). Generated from data/reference/rvr-gemeinden.csv;
 * a test keeps both in step. AGS are 8-character strings (leading zero), never numbers.
 */
export interface Municipality {
	ags: string;
	name: string;
	kreisAgs: string;
	kreis: string;
	kreisfrei: boolean;
}

export const municipalities: readonly Municipality[] = [
	{ ags: '05112000', name: 'Duisburg', kreisAgs: '05112', kreis: 'Duisburg', kreisfrei: true },
	{ ags: '05113000', name: 'Essen', kreisAgs: '05113', kreis: 'Essen', kreisfrei: true },
	{
		ags: '05117000',
		name: 'Mülheim an der Ruhr',
		kreisAgs: '05117',
		kreis: 'Mülheim an der Ruhr',
		kreisfrei: true
	},
	{ ags: '05119000', name: 'Oberhausen', kreisAgs: '05119', kreis: 'Oberhausen', kreisfrei: true },
	{ ags: '05170004', name: 'Alpen', kreisAgs: '05170', kreis: 'Kreis Wesel', kreisfrei: false },
	{ ags: '05170008', name: 'Dinslaken', kreisAgs: '05170', kreis: 'Kreis Wesel', kreisfrei: false },
	{
		ags: '05170012',
		name: 'Hamminkeln',
		kreisAgs: '05170',
		kreis: 'Kreis Wesel',
		kreisfrei: false
	},
	{ ags: '05170016', name: 'Hünxe', kreisAgs: '05170', kreis: 'Kreis Wesel', kreisfrei: false },
	{
		ags: '05170020',
		name: 'Kamp-Lintfort',
		kreisAgs: '05170',
		kreis: 'Kreis Wesel',
		kreisfrei: false
	},
	{ ags: '05170024', name: 'Moers', kreisAgs: '05170', kreis: 'Kreis Wesel', kreisfrei: false },
	{
		ags: '05170028',
		name: 'Neukirchen-Vluyn',
		kreisAgs: '05170',
		kreis: 'Kreis Wesel',
		kreisfrei: false
	},
	{ ags: '05170032', name: 'Rheinberg', kreisAgs: '05170', kreis: 'Kreis Wesel', kreisfrei: false },
	{
		ags: '05170036',
		name: 'Schermbeck',
		kreisAgs: '05170',
		kreis: 'Kreis Wesel',
		kreisfrei: false
	},
	{ ags: '05170040', name: 'Sonsbeck', kreisAgs: '05170', kreis: 'Kreis Wesel', kreisfrei: false },
	{
		ags: '05170044',
		name: 'Voerde (Niederrhein)',
		kreisAgs: '05170',
		kreis: 'Kreis Wesel',
		kreisfrei: false
	},
	{ ags: '05170048', name: 'Wesel', kreisAgs: '05170', kreis: 'Kreis Wesel', kreisfrei: false },
	{ ags: '05170052', name: 'Xanten', kreisAgs: '05170', kreis: 'Kreis Wesel', kreisfrei: false },
	{ ags: '05512000', name: 'Bottrop', kreisAgs: '05512', kreis: 'Bottrop', kreisfrei: true },
	{
		ags: '05513000',
		name: 'Gelsenkirchen',
		kreisAgs: '05513',
		kreis: 'Gelsenkirchen',
		kreisfrei: true
	},
	{
		ags: '05562004',
		name: 'Castrop-Rauxel',
		kreisAgs: '05562',
		kreis: 'Kreis Recklinghausen',
		kreisfrei: false
	},
	{
		ags: '05562008',
		name: 'Datteln',
		kreisAgs: '05562',
		kreis: 'Kreis Recklinghausen',
		kreisfrei: false
	},
	{
		ags: '05562012',
		name: 'Dorsten',
		kreisAgs: '05562',
		kreis: 'Kreis Recklinghausen',
		kreisfrei: false
	},
	{
		ags: '05562014',
		name: 'Gladbeck',
		kreisAgs: '05562',
		kreis: 'Kreis Recklinghausen',
		kreisfrei: false
	},
	{
		ags: '05562016',
		name: 'Haltern am See',
		kreisAgs: '05562',
		kreis: 'Kreis Recklinghausen',
		kreisfrei: false
	},
	{
		ags: '05562020',
		name: 'Herten',
		kreisAgs: '05562',
		kreis: 'Kreis Recklinghausen',
		kreisfrei: false
	},
	{
		ags: '05562024',
		name: 'Marl',
		kreisAgs: '05562',
		kreis: 'Kreis Recklinghausen',
		kreisfrei: false
	},
	{
		ags: '05562028',
		name: 'Oer-Erkenschwick',
		kreisAgs: '05562',
		kreis: 'Kreis Recklinghausen',
		kreisfrei: false
	},
	{
		ags: '05562032',
		name: 'Recklinghausen',
		kreisAgs: '05562',
		kreis: 'Kreis Recklinghausen',
		kreisfrei: false
	},
	{
		ags: '05562036',
		name: 'Waltrop',
		kreisAgs: '05562',
		kreis: 'Kreis Recklinghausen',
		kreisfrei: false
	},
	{ ags: '05911000', name: 'Bochum', kreisAgs: '05911', kreis: 'Bochum', kreisfrei: true },
	{ ags: '05913000', name: 'Dortmund', kreisAgs: '05913', kreis: 'Dortmund', kreisfrei: true },
	{ ags: '05914000', name: 'Hagen', kreisAgs: '05914', kreis: 'Hagen', kreisfrei: true },
	{ ags: '05915000', name: 'Hamm', kreisAgs: '05915', kreis: 'Hamm', kreisfrei: true },
	{ ags: '05916000', name: 'Herne', kreisAgs: '05916', kreis: 'Herne', kreisfrei: true },
	{
		ags: '05954004',
		name: 'Breckerfeld',
		kreisAgs: '05954',
		kreis: 'Ennepe-Ruhr-Kreis',
		kreisfrei: false
	},
	{
		ags: '05954008',
		name: 'Ennepetal',
		kreisAgs: '05954',
		kreis: 'Ennepe-Ruhr-Kreis',
		kreisfrei: false
	},
	{
		ags: '05954012',
		name: 'Gevelsberg',
		kreisAgs: '05954',
		kreis: 'Ennepe-Ruhr-Kreis',
		kreisfrei: false
	},
	{
		ags: '05954016',
		name: 'Hattingen',
		kreisAgs: '05954',
		kreis: 'Ennepe-Ruhr-Kreis',
		kreisfrei: false
	},
	{
		ags: '05954020',
		name: 'Herdecke',
		kreisAgs: '05954',
		kreis: 'Ennepe-Ruhr-Kreis',
		kreisfrei: false
	},
	{
		ags: '05954024',
		name: 'Schwelm',
		kreisAgs: '05954',
		kreis: 'Ennepe-Ruhr-Kreis',
		kreisfrei: false
	},
	{
		ags: '05954028',
		name: 'Sprockhövel',
		kreisAgs: '05954',
		kreis: 'Ennepe-Ruhr-Kreis',
		kreisfrei: false
	},
	{
		ags: '05954032',
		name: 'Wetter (Ruhr)',
		kreisAgs: '05954',
		kreis: 'Ennepe-Ruhr-Kreis',
		kreisfrei: false
	},
	{
		ags: '05954036',
		name: 'Witten',
		kreisAgs: '05954',
		kreis: 'Ennepe-Ruhr-Kreis',
		kreisfrei: false
	},
	{ ags: '05978004', name: 'Bergkamen', kreisAgs: '05978', kreis: 'Kreis Unna', kreisfrei: false },
	{ ags: '05978008', name: 'Bönen', kreisAgs: '05978', kreis: 'Kreis Unna', kreisfrei: false },
	{
		ags: '05978012',
		name: 'Fröndenberg/Ruhr',
		kreisAgs: '05978',
		kreis: 'Kreis Unna',
		kreisfrei: false
	},
	{
		ags: '05978016',
		name: 'Holzwickede',
		kreisAgs: '05978',
		kreis: 'Kreis Unna',
		kreisfrei: false
	},
	{ ags: '05978020', name: 'Kamen', kreisAgs: '05978', kreis: 'Kreis Unna', kreisfrei: false },
	{ ags: '05978024', name: 'Lünen', kreisAgs: '05978', kreis: 'Kreis Unna', kreisfrei: false },
	{ ags: '05978028', name: 'Schwerte', kreisAgs: '05978', kreis: 'Kreis Unna', kreisfrei: false },
	{ ags: '05978032', name: 'Selm', kreisAgs: '05978', kreis: 'Kreis Unna', kreisfrei: false },
	{ ags: '05978036', name: 'Unna', kreisAgs: '05978', kreis: 'Kreis Unna', kreisfrei: false },
	{ ags: '05978040', name: 'Werne', kreisAgs: '05978', kreis: 'Kreis Unna', kreisfrei: false }
];

const byAgs = new Map(municipalities.map((m) => [m.ags, m]));

export function municipalityByAgs(ags: string | null | undefined): Municipality | null {
	return (ags && byAgs.get(ags)) || null;
}
