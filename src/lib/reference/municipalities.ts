/**
 * The 53 municipalities of the Metropole Ruhr by Amtlicher Gemeindeschlüssel (AGS, 8 digits with
 * the leading zero). Copied from data/reference/rvr-gemeinden.csv; a test keeps the two in step.
 */
export const municipalities = [
	{ ags: '05112000', name: 'Duisburg' },
	{ ags: '05113000', name: 'Essen' },
	{ ags: '05117000', name: 'Mülheim an der Ruhr' },
	{ ags: '05119000', name: 'Oberhausen' },
	{ ags: '05170004', name: 'Alpen' },
	{ ags: '05170008', name: 'Dinslaken' },
	{ ags: '05170012', name: 'Hamminkeln' },
	{ ags: '05170016', name: 'Hünxe' },
	{ ags: '05170020', name: 'Kamp-Lintfort' },
	{ ags: '05170024', name: 'Moers' },
	{ ags: '05170028', name: 'Neukirchen-Vluyn' },
	{ ags: '05170032', name: 'Rheinberg' },
	{ ags: '05170036', name: 'Schermbeck' },
	{ ags: '05170040', name: 'Sonsbeck' },
	{ ags: '05170044', name: 'Voerde (Niederrhein)' },
	{ ags: '05170048', name: 'Wesel' },
	{ ags: '05170052', name: 'Xanten' },
	{ ags: '05512000', name: 'Bottrop' },
	{ ags: '05513000', name: 'Gelsenkirchen' },
	{ ags: '05562004', name: 'Castrop-Rauxel' },
	{ ags: '05562008', name: 'Datteln' },
	{ ags: '05562012', name: 'Dorsten' },
	{ ags: '05562014', name: 'Gladbeck' },
	{ ags: '05562016', name: 'Haltern am See' },
	{ ags: '05562020', name: 'Herten' },
	{ ags: '05562024', name: 'Marl' },
	{ ags: '05562028', name: 'Oer-Erkenschwick' },
	{ ags: '05562032', name: 'Recklinghausen' },
	{ ags: '05562036', name: 'Waltrop' },
	{ ags: '05911000', name: 'Bochum' },
	{ ags: '05913000', name: 'Dortmund' },
	{ ags: '05914000', name: 'Hagen' },
	{ ags: '05915000', name: 'Hamm' },
	{ ags: '05916000', name: 'Herne' },
	{ ags: '05954004', name: 'Breckerfeld' },
	{ ags: '05954008', name: 'Ennepetal' },
	{ ags: '05954012', name: 'Gevelsberg' },
	{ ags: '05954016', name: 'Hattingen' },
	{ ags: '05954020', name: 'Herdecke' },
	{ ags: '05954024', name: 'Schwelm' },
	{ ags: '05954028', name: 'Sprockhövel' },
	{ ags: '05954032', name: 'Wetter (Ruhr)' },
	{ ags: '05954036', name: 'Witten' },
	{ ags: '05978004', name: 'Bergkamen' },
	{ ags: '05978008', name: 'Bönen' },
	{ ags: '05978012', name: 'Fröndenberg/Ruhr' },
	{ ags: '05978016', name: 'Holzwickede' },
	{ ags: '05978020', name: 'Kamen' },
	{ ags: '05978024', name: 'Lünen' },
	{ ags: '05978028', name: 'Schwerte' },
	{ ags: '05978032', name: 'Selm' },
	{ ags: '05978036', name: 'Unna' },
	{ ags: '05978040', name: 'Werne' }
] as const;

export type Municipality = (typeof municipalities)[number];

const byAgs = new Map<string, Municipality>(municipalities.map((m) => [m.ags, m]));

export function municipalityByAgs(ags: string | null | undefined): Municipality | null {
	return ags ? (byAgs.get(ags) ?? null) : null;
}
