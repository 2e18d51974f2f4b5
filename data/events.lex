# lede events lexicon 1 - built by tools/events/train_events.py; do not edit
# W word pos(primary upper-case) noun-class | T word lemma p_trigger*1000 types
W	ab	N	C
W	aba	N	A
W	abandon	nV	-
W	abandoned	Va	-
W	abandoning	V	-
W	abandonment	N	E
W	abate	V	-
W	abated	V	-
W	abatement	N	E
W	abattoirs	N	F
W	abbey	N	F
W	abbreviated	vA	-
W	abducted	V	-
W	abduction	N	E
W	abetted	V	-
W	abetting	V	-
W	abhorrent	A	-
W	abide	V	-
W	abiding	Va	-
W	abidjan	N	L
W	abilene	N	L
W	ablaze	A	-
W	able	A	-
W	abm	N	V
W	abnormal	A	-
W	abnormally	R	-
W	aboard	R	-
W	abolish	V	-
W	abolished	V	-
W	abolishing	V	-
W	abolition	N	E
W	abort	Nv	E
W	aborted	V	-
W	abortion	N	E
W	about	aR	-
W	about-face	nV	E
W	above	naR	C
W	above-mentioned	A	-
W	abraham	N	P
W	abroad	aR	-
W	abrogated	V	-
W	abrupt	A	-
W	abruptly	R	-
W	absent	vA	-
W	absentee	N	P
W	absenteeism	N	E
W	absolute	nA	-
W	absolutely	R	-
W	absorb	V	-
W	absorbed	Va	-
W	absorbing	Va	-
W	absorbs	V	-
W	absorptive	A	-
W	abstain	V	-
W	absurd	nA	-
W	absurdly	R	-
W	abundant	A	-
W	abuse	nV	E
W	abused	Va	-
W	abuses	nV	E
W	abusing	V	-
W	abusive	A	-
W	academic	nA	P
W	academician	N	P
W	academics	N	P
W	academy	N	G
W	acapulco	N	L
W	acc	N	G
W	accelerate	V	-
W	accelerated	Va	-
W	accelerating	V	-
W	accentuated	V	-
W	accentuating	V	-
W	accept	V	-
W	acceptable	A	-
W	accepted	Va	-
W	accepting	Va	-
W	accepts	V	-
W	access	Nv	-
W	accessed	V	-
W	accessible	A	-
W	accession	Nv	-
W	accessories	N	A
W	accident	N	E
W	accidental	nA	C
W	accidentally	R	-
W	accidents	N	E
W	accommodate	V	-
W	accommodated	V	-
W	accommodates	V	-
W	accommodation	N	E
W	accommodative	A	-
W	accompanied	Va	-
W	accompany	V	-
W	accompanying	Va	-
W	accomplices	N	P
W	accomplish	V	-
W	accomplished	Va	-
W	accomplishment	N	E
W	accomplishments	N	E
W	accord	nV	-
W	accordance	N	C
W	accorded	V	-
W	according	Va	-
W	accordingly	R	-
W	accords	nV	-
W	account	Nv	C
W	accountable	A	-
W	accountant	N	P
W	accountants	N	P
W	accounted	V	-
W	accounting	Nv	C
W	accounts	Nv	C
W	accra	N	L
W	accreditation	N	E
W	accredited	Va	-
W	accruals	N	E
W	accrue	V	-
W	accrued	Va	-
W	accruing	V	-
W	accumulate	V	-
W	accumulated	Va	-
W	accumulating	V	-
W	accurate	A	-
W	accurately	R	-
W	accusations	N	C
W	accuse	V	-
W	accused	nV	P
W	accuses	V	-
W	accusing	Va	-
W	accustomed	vA	-
W	ace	Nva	-
W	acetaminophen	N	A
W	achievable	A	-
W	achieve	V	-
W	achieved	V	-
W	achievement	N	E
W	achievements	N	E
W	achieving	V	-
W	acid	Na	-
W	acknowledge	V	-
W	acknowledged	Va	-
W	acknowledging	V	-
W	acquainted	Va	-
W	acquire	V	-
W	acquired	Va	-
W	acquirer	N	P
W	acquirers	N	P
W	acquires	V	-
W	acquiring	nV	E
W	acquisition	N	E
W	acquisitions	N	E
W	acquitted	Va	-
W	acrimonious	A	-
W	across	R	-
W	across-the-board	A	-
W	act	Nv	C
W	acted	V	-
W	acting	nVa	E
W	action	Nv	E
W	actions	Nv	E
W	activase	N	A
W	activate	V	-
W	activated	Va	-
W	active	nA	-
W	actively	R	-
W	activist	Na	P
W	activists	N	P
W	activities	N	E
W	activity	N	E
W	actor	N	P
W	actors	N	P
W	actress	N	P
W	acts	Nv	C
W	actual	A	-
W	actually	R	-
W	actuarial	A	-
W	acute	nA	C
W	acutely	R	-
W	ad	Nr	C
W	adage	N	C
W	adam	N	P
W	adamant	nA	-
W	adamantly	R	-
W	adams	N	P
W	adapt	V	-
W	adaptation	N	C
W	adapted	Va	-
W	adapting	V	-
W	adaptor	N	A
W	adar	N	T
W	add	nV	-
W	add-on	N	A
W	added	V	-
W	adding	V	-
W	addition	N	A
W	additional	A	-
W	additionally	R	-
W	additions	N	A
W	additive	Na	A
W	additives	N	A
W	address	nV	C
W	addressed	Va	-
W	addresses	nV	C
W	addressing	V	-
W	adds	nV	-
W	adelaide	N	L
W	aden	N	L
W	adequate	A	-
W	adequately	R	-
W	adhere	V	-
W	adhered	V	-
W	adherence	N	E
W	adhering	V	-
W	adhesive	Na	-
W	adjacent	A	-
W	adjoining	V	-
W	adjourn	V	-
W	adjourned	V	-
W	adjournment	N	E
W	adjunct	Na	-
W	adjust	V	-
W	adjustable	A	-
W	adjusted	Va	-
W	adjusting	V	-
W	adjustment	N	E
W	adjustments	N	E
W	adjusts	V	-
W	administer	V	-
W	administered	V	-
W	administering	V	-
W	administers	V	-
W	administration	N	E
W	administrations	N	E
W	administrative	A	-
W	administratively	R	-
W	administrator	N	P
W	administrators	N	P
W	admiral	N	P
W	admiralty	N	G
W	admired	Va	-
W	admission	N	E
W	admissions	N	E
W	admit	V	-
W	admits	V	-
W	admitted	V	-
W	admitting	V	-
W	adopt	V	-
W	adopted	Va	-
W	adopting	V	-
W	adoption	N	E
W	adopts	V	-
W	ads	N	C
W	adult	Na	P
W	adults	N	P
W	advance	nVa	E
W	advanced	Va	-
W	advancement	N	C
W	advancements	N	C
W	advances	nV	E
W	advancing	Va	-
W	advantage	Nv	-
W	advantageous	A	-
W	advantages	Nv	-
W	advent	N	E
W	adventure	Nv	E
W	adversaries	N	P
W	adversary	N	P
W	adverse	A	-
W	adversely	R	-
W	advertise	V	-
W	advertised	Va	-
W	advertisement	N	C
W	advertisements	N	C
W	advertisers	N	P
W	advertising	Nv	C
W	advice	N	C
W	advisable	A	-
W	advise	V	-
W	advised	Va	-
W	advisedly	R	-
W	adviser	N	P
W	advisers	N	P
W	advises	V	-
W	advising	V	-
W	advisor	N	P
W	advisories	N	C
W	advisors	N	P
W	advisory	Na	C
W	advocacy	N	E
W	advocate	nV	P
W	advocated	V	-
W	advocates	nV	P
W	advocating	V	-
W	aegean	Na	-
W	aegis	N	E
W	aerial	nA	E
W	aeronautical	A	-
W	aerospace	N	L
W	affect	nV	-
W	affected	Va	-
W	affecting	Va	-
W	affects	nV	-
W	affidavit	N	C
W	affiliate	Nv	P
W	affiliated	vA	-
W	affiliates	Nv	P
W	affirmation	N	C
W	affirmative	Na	C
W	affirmed	nV	-
W	afflicted	vA	-
W	afford	V	-
W	affordable	A	-
W	afforded	V	-
W	afghan	Na	A
W	afghanistan	N	L
W	afl-cio	N	G
W	afloat	A	-
W	afoul	A	-
W	afraid	A	-
W	african	nA	P
W	africans	N	P
W	aft	aR	-
W	after	aR	-
W	afternoon	N	T
W	aftershocks	N	E
W	afterward	R	-
W	afterwards	R	-
W	aga	N	C
W	again	R	-
W	age	Nv	-
W	aged	nvA	G
W	ageing	nVa	-
W	agencies	N	G
W	agency	N	G
W	aggravate	V	-
W	aggravated	Va	-
W	aggravating	Va	-
W	aggregate	nvA	A
W	aggregates	Nv	A
W	aggregating	V	-
W	aggregation	N	G
W	aggressive	A	-
W	aggressively	R	-
W	aggressor	N	P
W	aging	nVa	-
W	ago	aR	-
W	agrarian	A	-
W	agree	V	-
W	agreeable	A	-
W	agreeably	R	-
W	agreed	Va	-
W	agreeed	V	-
W	agreeing	V	-
W	agreement	N	C
W	agreements	N	C
W	agrees	V	-
W	agribusiness	N	E
W	agricola	N	P
W	agricultural	A	-
W	agriculture	N	E
W	agronomist	N	P
W	aground	Ar	-
W	ahead	aR	-
W	ai	N	G
W	aid	nV	-
W	aide	N	P
W	aided	Va	-
W	aides	nV	P
W	aiding	V	-
W	aids	nV	-
W	ailing	vA	-
W	aim	nV	-
W	aimed	V	-
W	aiming	V	-
W	aims	nV	-
W	ain	A	-
W	air	Nv	-
W	airborne	A	-
W	airbus	N	V
W	aircraft	N	V
W	aired	Va	-
W	aires	nV	-
W	airfield	N	F
W	airforce	N	G
W	airframe	N	F
W	airing	nV	C
W	airline	N	A
W	airliner	N	V
W	airliners	N	V
W	airlines	N	A
W	airplane	N	V
W	airplanes	N	V
W	airport	N	F
W	airports	N	F
W	airship	N	V
W	airships	N	V
W	airspace	N	L
W	airways	N	A
W	ak	N	L
W	akin	A	-
W	akron	N	L
W	alabama	N	L
W	alamos	N	E
W	alarm	Nv	-
W	alarmed	Va	-
W	alarming	Va	-
W	alarmingly	R	-
W	alarms	Nv	-
W	alaska	N	L
W	alaskan	Na	P
W	albania	N	L
W	albanian	Na	P
W	albany	N	L
W	albert	N	P
W	alberta	N	L
W	albuquerque	N	L
W	aleppo	N	L
W	alert	nvA	-
W	alerted	V	-
W	alerting	nV	-
W	alexandria	N	L
W	alfred	N	P
W	alger	N	P
W	algeria	N	L
W	algerian	nA	P
W	algiers	N	L
W	algonquin	Na	P
W	ali	N	P
W	alias	Nr	C
W	alienating	Va	-
W	aliens	Nv	P
W	align	V	-
W	alignment	N	G
W	alignments	N	G
W	alike	Ar	-
W	alive	A	-
W	all	Ar	-
W	all-out	A	-
W	all-time	A	-
W	allay	V	-
W	allayed	V	-
W	allegation	N	C
W	allegations	N	C
W	allege	V	-
W	alleged	Va	-
W	allegedly	R	-
W	alleges	V	-
W	allegiance	N	E
W	alleging	V	-
W	allen	N	P
W	allentown	N	L
W	alleviate	V	-
W	alleviated	Va	-
W	alleviating	V	-
W	allied	vA	-
W	allies	Nv	G
W	alligator	Nv	-
W	allocate	V	-
W	allocated	V	-
W	allocates	V	-
W	allocating	V	-
W	allotted	Va	-
W	allow	V	-
W	allowable	A	-
W	allowance	Nv	-
W	allowances	Nv	-
W	allowed	V	-
W	allowing	V	-
W	allows	V	-
W	alloy	Nv	-
W	alloyed	Va	-
W	alloys	Nv	-
W	allure	Nv	-
W	allusion	N	C
W	ally	Nv	G
W	almost	R	-
W	aloha	N	C
W	alone	aR	-
W	along	R	-
W	alongside	R	-
W	alpha	Na	C
W	alpine	A	-
W	already	R	-
W	also	R	-
W	alter	V	-
W	alteration	N	E
W	alterations	N	E
W	altered	Va	-
W	altering	nV	E
W	alternate	nvA	P
W	alternating	Va	-
W	alternative	Na	-
W	alternatively	R	-
W	alto	Na	P
W	altogether	nR	-
W	always	R	-
W	am	nV	-
W	amalgamated	Va	-
W	amalgamation	N	E
W	amarillo	N	L
W	amass	V	-
W	amassed	V	-
W	amazing	vA	-
W	amazingly	R	-
W	amazon	N	P
W	ambassador	N	P
W	ambassadors	N	P
W	amber	nA	-
W	ambiguous	A	-
W	ambition	Nv	-
W	ambitious	A	-
W	ambivalent	A	-
W	ambrose	N	P
W	ambulances	N	V
W	ambush	Nv	E
W	amenable	A	-
W	amend	V	-
W	amended	Va	-
W	amending	V	-
W	amendment	N	E
W	amendments	N	E
W	america	N	L
W	american	nA	P
W	americans	N	P
W	americas	N	L
W	amex	N	A
W	amicable	A	-
W	amir	N	P
W	amman	N	L
W	ammunition	N	A
W	amnesty	Nv	-
W	amorphous	A	-
W	amortisation	N	E
W	amortisations	N	E
W	amortised	V	-
W	amortization	N	E
W	amortizations	N	E
W	amortize	V	-
W	amortized	V	-
W	amortizing	V	-
W	amount	Nv	-
W	amounted	V	-
W	amounting	V	-
W	amounts	Nv	-
W	ample	A	-
W	amplification	N	E
W	amplifier	N	A
W	amply	R	-
W	amsterdam	N	L
W	an	N	C
W	ana	N	P
W	anachronistic	A	-
W	anaheim	N	L
W	anal	A	-
W	analog	Na	-
W	analyse	V	-
W	analysed	V	-
W	analyses	Nv	E
W	analysis	N	E
W	analyst	N	P
W	analysts	N	P
W	analytic	A	-
W	analytical	A	-
W	analyze	V	-
W	analyzed	Va	-
W	analyzing	V	-
W	anatolia	N	L
W	anatolian	N	C
W	anchor	nV	A
W	anchored	V	-
W	ancient	nA	P
W	ancillary	A	-
W	andalusia	N	L
W	andean	A	-
W	andersen	N	P
W	anderson	N	P
W	andrew	N	P
W	andrews	N	P
W	anew	R	-
W	angel	N	P
W	anger	Nv	-
W	angered	Va	-
W	angle	Nv	-
W	angles	Nv	-
W	anglia	N	L
W	anglo-american	N	P
W	anglo-french	N	C
W	angola	N	L
W	angolan	Na	P
W	angrily	R	-
W	angry	A	-
W	anguish	Nv	-
W	angus	N	P
W	animal	Na	-
W	ankara	N	L
W	anne	N	P
W	annexation	N	E
W	annexing	V	-
W	annihilated	Va	-
W	annihilating	Va	-
W	anniversary	N	T
W	announce	V	-
W	announced	Va	-
W	announcement	N	C
W	announcements	N	C
W	announces	V	-
W	announcing	V	-
W	annoyed	Va	-
W	annual	nA	-
W	annually	R	-
W	annum	N	T
W	ano	N	G
W	anode	N	A
W	anodes	N	A
W	anonymous	A	-
W	another	A	-
W	answer	nV	C
W	answered	V	-
W	answering	Va	-
W	answers	nV	C
W	antagonising	V	-
W	antagonists	N	P
W	antagonize	V	-
W	anthony	N	P
W	anti	nA	P
W	antibiotic	nA	A
W	antibiotics	N	A
W	anticancer	A	-
W	anticipate	V	-
W	anticipated	Va	-
W	anticipates	V	-
W	anticipating	V	-
W	antidote	N	A
W	antilles	N	L
W	antiquated	Va	-
W	antiseptic	nA	A
W	antitrust	A	-
W	antiviral	Na	A
W	antwerp	N	L
W	anxious	A	-
W	anxiously	R	-
W	any	Ar	-
W	anymore	R	-
W	anyway	R	-
W	anywhere	R	-
W	apache	N	P
W	apart	aR	-
W	apartheid	N	C
W	apartment	N	F
W	apartments	N	F
W	apc	N	V
W	apex	N	L
W	apiece	R	-
W	apocalypse	N	E
W	apocalyptic	A	-
W	apollo	N	P
W	apologies	N	C
W	apologize	V	-
W	apologized	V	-
W	apology	N	C
W	apostate	Na	P
W	apostates	N	P
W	appalachian	Na	P
W	appalled	Va	-
W	appalling	nvA	E
W	apparatus	N	A
W	apparel	Nv	A
W	apparent	A	-
W	apparently	R	-
W	appeal	Nv	C
W	appealed	V	-
W	appealing	Va	-
W	appeals	Nv	C
W	appear	V	-
W	appeared	V	-
W	appearing	nV	E
W	appears	V	-
W	appease	V	-
W	appeased	V	-
W	appellate	A	-
W	applaud	V	-
W	applauded	V	-
W	applause	N	C
W	appleton	N	P
W	appliance	N	A
W	appliances	N	A
W	applicable	A	-
W	applicants	N	P
W	application	N	E
W	applications	N	E
W	applied	Va	-
W	applies	V	-
W	apply	V	-
W	applying	V	-
W	appoint	V	-
W	appointed	Va	-
W	appointees	N	P
W	appointing	V	-
W	appointment	N	E
W	appointments	N	E
W	appraised	V	-
W	appreciably	R	-
W	appreciate	V	-
W	appreciated	Va	-
W	appreciates	V	-
W	appreciating	V	-
W	approach	nV	E
W	approached	V	-
W	approaches	nV	E
W	approaching	nVa	E
W	appropriate	vA	-
W	appropriated	V	-
W	appropriately	R	-
W	approval	N	E
W	approvals	N	E
W	approve	V	-
W	approved	Va	-
W	approves	V	-
W	approving	nVa	E
W	approximate	Va	-
W	approximately	R	-
W	approximating	V	-
W	apr	N	T
W	april	N	T
W	apt	A	-
W	aquitaine	N	L
W	arab	N	P
W	arabia	N	L
W	arabian	Na	P
W	arable	A	-
W	arafat	N	P
W	arb	N	P
W	arbitrage	Nv	E
W	arbitrager	N	P
W	arbitragers	N	P
W	arbitrageur	N	P
W	arbitrageurs	N	P
W	arbitraging	V	-
W	arbitrarily	R	-
W	arbitrary	A	-
W	arbitrate	V	-
W	arbitration	N	C
W	arc	Nv	-
W	arch	nVa	-
W	archbishop	N	P
W	archer	nA	P
W	architect	N	P
W	architects	N	P
W	architectural	A	-
W	architecture	N	F
W	architectures	N	F
W	archive	Nv	F
W	archives	Nv	C
W	arco	A	-
W	arctic	Na	L
W	arduous	A	-
W	are	nV	-
W	area	N	L
W	areas	N	L
W	argentina	N	L
W	argentine	Na	-
W	argonauts	N	P
W	arguably	R	-
W	argue	V	-
W	argued	V	-
W	argues	V	-
W	arguing	nV	C
W	argument	N	C
W	arguments	N	C
W	argus	N	P
W	argyll	N	A
W	ariadne	N	P
W	arid	A	-
W	arise	V	-
W	arisen	V	-
W	arises	V	-
W	arising	V	-
W	arithmetic	Na	-
W	arizona	N	L
W	ark	N	A
W	arkansas	N	L
W	arlington	N	L
W	arm	Nv	-
W	armed	vA	-
W	armenia	N	L
W	armenian	Na	P
W	armenians	N	P
W	armin	N	P
W	armour	Nv	G
W	armoured	Va	-
W	arms	Nv	A
W	armstrong	N	P
W	army	N	G
W	arnold	N	P
W	arose	V	-
W	around	R	-
W	arouse	V	-
W	aroused	Va	-
W	arp	N	P
W	arrange	V	-
W	arranged	Va	-
W	arranger	N	P
W	arrangers	N	P
W	arranges	V	-
W	arranging	nV	E
W	array	Nv	G
W	arrays	Nv	G
W	arrest	nV	E
W	arrested	V	-
W	arresting	Va	-
W	arrests	nV	E
W	arrival	N	E
W	arrivals	N	E
W	arrive	V	-
W	arrived	V	-
W	arrives	V	-
W	arriving	V	-
W	arrogant	A	-
W	arrow	N	C
W	arsenal	N	A
W	arsenals	N	A
W	arson	N	E
W	art	N	A
W	arthur	N	P
W	article	Nv	C
W	articles	Nv	C
W	artificial	A	-
W	artificially	R	-
W	artillery	N	A
W	artists	N	P
W	aruba	N	L
W	aryan	Na	P
W	as	nR	-
W	asap	R	-
W	ascension	N	T
W	ascertain	V	-
W	ascertained	Va	-
W	asea	R	-
W	asean	N	G
W	ash	Nv	-
W	ashamed	A	-
W	asian	Na	P
W	asians	N	P
W	asiatic	Na	P
W	aside	nR	C
W	ask	V	-
W	asked	V	-
W	asking	nV	C
W	asks	V	-
W	asphalt	Nv	-
W	aspirin	N	A
W	assam	N	L
W	assassinate	V	-
W	assassination	N	C
W	assassinations	N	C
W	assault	Nv	E
W	assaulted	V	-
W	assaults	Nv	E
W	assay	Nv	-
W	assayed	V	-
W	assaying	V	-
W	assays	Nv	-
W	assemble	V	-
W	assembled	V	-
W	assemblers	N	C
W	assembles	V	-
W	assemblies	N	A
W	assembling	nV	E
W	assembly	N	A
W	assert	V	-
W	asserted	Va	-
W	asserting	Va	-
W	assertion	N	C
W	assess	V	-
W	assessed	V	-
W	assesses	V	-
W	assessing	V	-
W	assign	V	-
W	assigned	Va	-
W	assigning	nV	E
W	assignment	N	E
W	assignments	N	E
W	assigns	V	-
W	assist	nV	E
W	assistance	N	E
W	assistant	Na	P
W	assistants	N	P
W	assisted	Va	-
W	assisting	V	-
W	associate	nVa	P
W	associated	V	-
W	associates	nV	P
W	association	N	G
W	associations	N	G
W	assume	V	-
W	assumed	Va	-
W	assumes	V	-
W	assuming	Va	-
W	assumption	N	C
W	assumptions	N	C
W	assure	V	-
W	assured	Va	-
W	assures	V	-
W	assuring	Va	-
W	astonished	vA	-
W	astounding	Va	-
W	astral	A	-
W	astronaut	N	P
W	astronauts	N	P
W	astronomical	A	-
W	astute	A	-
W	asylum	N	F
W	asynchronous	A	-
W	ataturk	N	P
W	ate	nV	P
W	atf	N	G
W	athens	N	L
W	athletes	N	P
W	athletic	A	-
W	athletics	N	E
W	atlanta	N	L
W	atlantic	Na	-
W	atlas	N	P
W	atmospheric	A	-
W	atomic	A	-
W	atrocious	A	-
W	attach	V	-
W	attache	N	P
W	attached	Va	-
W	attaches	nV	P
W	attaching	V	-
W	attack	nV	E
W	attacked	V	-
W	attacker	Na	P
W	attackers	N	P
W	attacking	Va	-
W	attacks	nV	E
W	attain	V	-
W	attainable	A	-
W	attained	Va	-
W	attainment	N	E
W	attempt	nV	E
W	attempted	Va	-
W	attempting	V	-
W	attempts	nV	E
W	attend	V	-
W	attendance	N	E
W	attendant	Na	P
W	attendants	N	P
W	attended	Va	-
W	attending	nV	-
W	attends	V	-
W	attorney	N	P
W	attorneys	N	P
W	attract	V	-
W	attracted	V	-
W	attracting	V	-
W	attractive	A	-
W	attractively	R	-
W	attributable	A	-
W	attribute	nV	-
W	attributed	V	-
W	attributes	nV	-
W	attributing	V	-
W	auckland	N	L
W	auction	Nv	E
W	auctioned	V	-
W	auctioning	V	-
W	auctions	Nv	E
W	audacious	A	-
W	audience	N	G
W	audiences	N	G
W	audio	N	C
W	audiovisual	Na	A
W	audit	Nv	-
W	audited	V	-
W	auditing	V	-
W	auditor	N	P
W	auditors	N	P
W	audits	Nv	-
W	aug	N	T
W	augment	V	-
W	augmented	Va	-
W	augments	V	-
W	august	Na	T
W	augusta	N	L
W	augustus	N	P
W	aurora	N	T
W	auspices	N	P
W	austin	N	L
W	australasia	N	L
W	australasian	A	-
W	australia	N	L
W	australian	Na	P
W	australians	N	P
W	austria	N	L
W	austrian	Na	P
W	authentic	A	-
W	author	Nv	P
W	authored	V	-
W	authoring	V	-
W	authorisation	N	C
W	authorisations	N	C
W	authorise	V	-
W	authorised	Va	-
W	authorising	V	-
W	authoritarian	nA	P
W	authoritative	A	-
W	authorities	N	G
W	authorization	N	C
W	authorizations	N	C
W	authorize	V	-
W	authorized	Va	-
W	authorizes	V	-
W	authorizing	V	-
W	authors	Nv	P
W	auto	N	V
W	autocratic	A	-
W	automaker	N	G
W	automakers	N	G
W	automate	V	-
W	automated	Va	-
W	automatic	nA	W
W	automatically	R	-
W	automatics	N	W
W	automating	V	-
W	automation	N	E
W	automobile	Nv	V
W	automobiles	Nv	V
W	automotive	A	-
W	autonomous	A	-
W	autos	N	V
W	autumn	N	T
W	auxiliary	Na	P
W	av	N	T
W	avail	nV	-
W	available	A	-
W	avalanche	Nv	E
W	avalanches	Nv	E
W	avarice	N	E
W	avenge	V	-
W	avenue	N	E
W	avenues	N	E
W	average	nvA	-
W	averaged	V	-
W	averages	nV	-
W	averaging	V	-
W	avert	V	-
W	averted	V	-
W	averting	nV	E
W	avian	A	-
W	aviation	N	G
W	avoid	V	-
W	avoidance	N	E
W	avoided	V	-
W	avoiding	V	-
W	avoids	V	-
W	avowed	vA	-
W	await	V	-
W	awaited	Va	-
W	awaiting	V	-
W	awaits	V	-
W	awakened	Va	-
W	award	Nv	E
W	awarded	V	-
W	awarding	nV	E
W	awards	Nv	E
W	aware	A	-
W	awash	A	-
W	away	aR	-
W	awe	Nv	-
W	awe-inspiring	A	-
W	awful	Ar	-
W	awfully	R	-
W	ax	Nv	A
W	axe	Nv	A
W	axle	N	A
W	axles	N	A
W	ayatollah	N	P
W	azerbaijan	N	L
W	azerbaijani	Na	P
W	azores	N	L
W	azt	N	A
W	baa	Nv	E
W	babushka	N	A
W	baby	Nv	P
W	bach	Nv	P
W	back	nvaR	-
W	backdated	V	-
W	backdrop	N	A
W	backed	Va	-
W	backer	nA	P
W	backers	N	P
W	backfire	Nv	E
W	background	Nv	-
W	backing	nV	E
W	backlash	Nv	E
W	backlog	Nv	G
W	backlogs	Nv	G
W	backs	Nv	-
W	backstop	Nv	P
W	backward	aR	-
W	backyard	N	A
W	bacterial	A	-
W	bad	nAr	-
W	badger	nV	P
W	badly	R	-
W	baffles	nV	A
W	bag	Nv	A
W	baggage	N	A
W	bagged	V	-
W	baghdad	N	L
W	bags	Nv	A
W	bahamas	N	L
W	bahrain	N	L
W	bail	Nv	-
W	bailed	V	-
W	bailey	N	P
W	bailiff	N	P
W	bailing	V	-
W	baked	Va	-
W	baker	N	P
W	bakeries	N	F
W	bakers	N	P
W	bakersfield	N	L
W	bakery	N	F
W	bakes	V	-
W	baking	nVa	E
W	balaclava	N	A
W	balaclavas	N	A
W	balance	Nv	-
W	balanced	Va	-
W	balances	Nv	-
W	balancing	nV	E
W	bald	vA	-
W	baldwin	N	P
W	bales	Nv	A
W	balfour	N	P
W	balked	V	-
W	balking	Va	-
W	ball	Nv	A
W	ballistic	A	-
W	balloon	Nv	V
W	balloons	Nv	V
W	ballot	Nv	C
W	ballots	Nv	C
W	ballpark	N	F
W	balls	Nv	A
W	bally	A	-
W	baltic	Na	-
W	baltimore	N	L
W	balzac	N	P
W	bamboozle	V	-
W	ban	nV	C
W	band	Nv	G
W	bandied	V	-
W	bands	Nv	G
W	bang	nVr	E
W	bangkok	N	L
W	bangladesh	N	L
W	bangor	N	L
W	banister	N	F
W	bank	Nv	-
W	banker	N	P
W	bankers	N	P
W	banking	nV	E
W	bankrupt	nVa	P
W	bankrupted	V	-
W	banks	Nv	P
W	banned	Va	-
W	banner	Na	A
W	banners	N	A
W	banning	nV	C
W	banquet	Nv	G
W	banquets	Nv	G
W	bans	nV	C
W	baptist	N	P
W	bar	Nv	F
W	barbados	N	L
W	barbecue	nV	-
W	barber	Nv	P
W	barcelona	N	L
W	bard	Nv	P
W	bare	vA	-
W	barely	R	-
W	bargain	Nv	C
W	bargained	V	-
W	bargainers	N	P
W	bargaining	Nv	C
W	bargains	Nv	C
W	barge	Nv	V
W	barges	Nv	V
W	baring	nV	E
W	barings	N	E
W	barker	N	P
W	barking	V	-
W	barometer	N	A
W	baron	N	P
W	barons	N	P
W	barrage	Nv	C
W	barred	Va	-
W	barrel	Nv	A
W	barrels	Nv	-
W	barricades	Nv	F
W	barrie	N	P
W	barrier	N	F
W	barriers	N	F
W	barring	nV	E
W	bars	Nv	A
W	barter	Nv	E
W	bartering	V	-
W	bartlett	N	P
W	base	nVa	F
W	baseball	N	E
W	based	Va	-
W	basel	N	L
W	baseless	A	-
W	basement	N	F
W	bases	Nv	F
W	bashing	V	-
W	basic	nA	C
W	basically	R	-
W	basin	N	A
W	basing	V	-
W	basins	N	A
W	basket	N	A
W	basketball	N	E
W	baskets	N	A
W	basking	V	-
W	basle	N	L
W	basra	N	L
W	bass	Na	-
W	bat	nV	-
W	batch	Nv	G
W	bates	V	-
W	bathroom	N	F
W	bathrooms	N	F
W	battalion	N	G
W	battered	Va	-
W	batteries	N	G
W	battering	nV	E
W	battery	N	G
W	battle	Nv	E
W	battled	V	-
W	battlefield	N	L
W	battleground	N	L
W	battles	Nv	E
W	battleship	N	V
W	battleships	N	V
W	battling	V	-
W	baulked	V	-
W	baulking	V	-
W	bay	Nva	-
W	bayer	Na	A
W	bays	Nv	-
W	bb	N	W
W	bc	R	-
W	bce	R	-
W	bds	N	C
W	be	nV	-
W	beach	Nv	-
W	beam	Nv	C
W	bean	Nv	-
W	beans	Nv	-
W	bear	nV	-
W	beard	Nv	-
W	bearer	N	P
W	bearing	nVa	-
W	bearish	A	-
W	bears	nV	-
W	beat	nVa	L
W	beaten	Va	-
W	beating	nV	E
W	beatles	N	G
W	beatrice	N	P
W	beats	nV	G
W	beaumont	N	P
W	beaver	Nv	-
W	becalmed	Va	-
W	became	V	-
W	beck	N	C
W	beckett	N	P
W	become	V	-
W	becomes	V	-
W	becoming	Va	-
W	bed	Nv	A
W	bedroom	N	F
W	beds	Nv	A
W	beef	Nv	-
W	been	V	-
W	beetles	Nv	-
W	before	R	-
W	beforehand	Ar	-
W	beg	V	-
W	began	V	-
W	begging	nV	C
W	begin	nV	P
W	begining	V	-
W	beginning	nVa	E
W	begins	nV	P
W	begun	V	-
W	behalf	N	E
W	behave	V	-
W	behaving	V	-
W	behavior	N	E
W	beheading	nV	E
W	beheadings	N	E
W	behind	naR	-
W	beijing	N	L
W	being	nV	-
W	beira	N	L
W	beirut	N	L
W	belarus	N	L
W	beleaguered	V	-
W	belfast	N	L
W	belgian	nA	P
W	belgique	N	L
W	belgium	N	L
W	belgrade	N	L
W	belied	V	-
W	believe	V	-
W	believed	V	-
W	believes	V	-
W	believing	nV	-
W	bell	Nv	A
W	bellies	Nv	-
W	belligerent	nA	P
W	belligerents	N	P
W	bells	Nv	A
W	belly	Nv	-
W	belong	V	-
W	belonged	V	-
W	belonging	nV	-
W	belongs	V	-
W	below	R	-
W	belt	Nv	A
W	belts	Nv	A
W	beltway	N	A
W	benadryl	N	A
W	bench	Nv	A
W	benchmark	N	C
W	bend	nV	-
W	beneath	R	-
W	beneficial	A	-
W	beneficiaries	N	P
W	beneficiary	Na	P
W	benefit	Nv	-
W	benefited	V	-
W	benefiting	V	-
W	benefits	Nv	-
W	benefitted	V	-
W	benefitting	V	-
W	benelux	N	G
W	bengal	N	L
W	benghazi	N	L
W	benin	N	L
W	bennett	N	P
W	bergen	N	L
W	berkeley	N	P
W	berks	N	P
W	berlin	N	L
W	berliner	N	P
W	bermuda	N	L
W	bernard	N	P
W	berne	N	L
W	bernstein	N	P
W	berry	Nv	-
W	berth	Nv	E
W	berths	Nv	E
W	beset	V	-
W	besides	R	-
W	besieged	Va	-
W	bessemer	N	P
W	best	nvAr	E
W	best-selling	A	-
W	bestowed	V	-
W	bet	nV	-
W	beta	Na	C
W	beth	N	C
W	bethlehem	N	L
W	bets	nV	-
W	better	nvAr	-
W	betting	Va	-
W	between	R	-
W	beyond	R	-
W	bias	Nva	-
W	biased	Va	-
W	biases	Nv	-
W	bickering	Nv	C
W	bicycle	Nv	V
W	bicycles	Nv	V
W	bicyclists	N	P
W	bid	nV	C
W	bidder	N	P
W	bidders	N	P
W	bidding	nV	C
W	bids	nV	C
W	bifocal	A	-
W	big	Ar	-
W	big-ticket	A	-
W	bigger	A	-
W	biggest	A	-
W	bike	Nv	V
W	bilateral	A	-
W	bilaterally	R	-
W	bill	Nv	C
W	billboard	N	F
W	billed	Va	-
W	billes	V	-
W	billet	Nv	C
W	billing	nV	C
W	billings	N	L
W	billion	nA	-
W	billionaire	N	P
W	billionaires	N	P
W	billowing	Va	-
W	bills	Nv	C
W	bin	Nv	A
W	bind	nV	-
W	binding	nVa	-
W	binghamton	N	L
W	bioassay	Nv	-
W	biological	A	-
W	biomedical	A	-
W	bipartisan	A	-
W	bipolar	A	-
W	bird	Nv	-
W	birds	Nv	-
W	birmingham	N	L
W	birr	Nv	-
W	birth	Nv	T
W	birthday	N	T
W	bishop	N	P
W	bit	Nv	-
W	bite	nV	-
W	bitter	nvAr	-
W	bitterly	R	-
W	bituminous	A	-
W	bizarre	A	-
W	black	nvA	-
W	blacklisted	V	-
W	blackmail	Nv	E
W	blackmailed	V	-
W	blackout	N	T
W	blacks	Nv	-
W	blair	N	P
W	blame	nVa	C
W	blamed	Va	-
W	blames	nV	C
W	blaming	V	-
W	bland	A	-
W	blanket	Nva	A
W	blanketing	V	-
W	blankets	Nv	A
W	blanks	Nv	C
W	blared	V	-
W	blast	nV	E
W	blasted	Va	-
W	blasts	nV	E
W	blatantly	R	-
W	blaze	Nv	-
W	bleached	Va	-
W	bleaching	V	-
W	bleak	A	-
W	bleeding	nV	-
W	blend	nV	E
W	blended	Va	-
W	blenders	N	A
W	blessing	nV	E
W	blew	V	-
W	blind	nvA	G
W	blinder	nA	A
W	blip	N	E
W	blitz	Nv	E
W	bloated	V	-
W	bloc	N	G
W	bloch	N	P
W	block	Nv	A
W	blockade	Nv	E
W	blockaded	Va	-
W	blockading	vA	-
W	blockbuster	N	W
W	blocked	Va	-
W	blocker	N	P
W	blocking	nV	E
W	blocks	Nv	A
W	blocs	N	G
W	blog	Nv	C
W	bloggers	N	P
W	blood	Nv	-
W	bloodbath	N	E
W	bloodiest	A	-
W	bloody	vAr	-
W	bloom	nV	-
W	bloomfield	N	P
W	bloomington	N	L
W	blouse	N	A
W	blow	Nv	E
W	blowing	nV	-
W	blown	Va	-
W	blowpipe	N	A
W	blows	Nv	E
W	blue	nvA	-
W	blue-chip	A	-
W	blueprint	Nv	-
W	blues	Nv	C
W	bluff	Nva	-
W	blunt	vA	-
W	blunted	Va	-
W	bluntest	A	-
W	bluntly	R	-
W	blunts	V	-
W	blurred	vA	-
W	board	Nv	G
W	boarded	V	-
W	boardrooms	N	F
W	boards	Nv	A
W	boasted	V	-
W	boasts	nV	C
W	boat	Nv	V
W	boats	Nv	V
W	bob	nV	-
W	bobbing	V	-
W	bobby	N	P
W	bode	V	-
W	bodes	V	-
W	bodies	Nv	-
W	body	Nv	-
W	bohr	N	P
W	boiler	N	A
W	boilers	N	A
W	boiling	nVr	-
W	boils	nV	-
W	boise	N	L
W	bold	nA	C
W	bolivia	N	L
W	bolivian	Na	P
W	bolster	nV	A
W	bolstered	V	-
W	bolstering	V	-
W	bolt	Nvr	-
W	bolts	Nv	-
W	bomb	Nv	W
W	bombardier	N	P
W	bombarding	V	-
W	bombardment	N	C
W	bombay	N	L
W	bombed	V	-
W	bomber	N	V
W	bombers	N	V
W	bombing	nV	E
W	bombings	N	E
W	bombs	Nv	W
W	bond	Nv	-
W	bonded	V	-
W	bondholders	N	P
W	bonding	nV	-
W	bonds	Nv	-
W	bone	Nva	-
W	boneless	A	-
W	bonn	N	L
W	bonny	A	-
W	booed	V	-
W	book	Nv	C
W	booked	Va	-
W	bookies	N	P
W	booking	Nv	E
W	bookings	N	E
W	books	Nv	C
W	bookshelf	N	A
W	boom	nV	E
W	booming	Va	-
W	boon	Na	-
W	boone	N	P
W	boost	nV	E
W	boosted	V	-
W	booster	N	P
W	boosters	N	P
W	boosting	V	-
W	boosts	nV	E
W	boot	Nv	A
W	booth	N	A
W	booths	N	A
W	boots	Nv	A
W	bordeaux	N	L
W	border	Nv	L
W	bordering	V	-
W	borders	Nv	L
W	bore	nV	P
W	boring	nVa	E
W	born	nVa	P
W	borne	V	-
W	borough	N	L
W	borrow	V	-
W	borrowed	V	-
W	borrower	N	P
W	borrowers	N	P
W	borrowing	nV	E
W	borrowings	N	E
W	borrows	V	-
W	bosnia	N	L
W	boss	Nva	P
W	bosses	Nv	P
W	boston	N	L
W	boswell	N	P
W	both	A	-
W	bothered	Va	-
W	botswana	N	L
W	bottle	Nv	A
W	bottled	V	-
W	bottleneck	Nv	-
W	bottlenecks	Nv	-
W	bottler	N	G
W	bottlers	N	G
W	bottles	Nv	A
W	bottling	V	-
W	bottom	Nva	L
W	bottomed	Va	-
W	bottoming	V	-
W	bottoms	Nv	L
W	bought	V	-
W	boulevard	N	A
W	bounce	nV	-
W	bounced	V	-
W	bound	nVa	-
W	boundaries	N	L
W	boundary	N	L
W	bourgeois	Na	P
W	bourse	N	A
W	bourses	N	A
W	bout	N	T
W	boutique	N	F
W	bouts	N	T
W	bovine	nA	-
W	bow	nV	A
W	bowed	Va	-
W	bower	Nva	F
W	bowes	V	-
W	bowing	nVa	C
W	bowler	N	P
W	bowling	Nv	E
W	bowman	N	P
W	box	Nv	A
W	boxed	Va	-
W	boxes	Nv	A
W	boy	N	P
W	boycott	nV	E
W	boycotted	V	-
W	boycotting	V	-
W	boycotts	nV	E
W	boys	N	P
W	bra	N	A
W	brace	nV	A
W	braces	nV	A
W	bracing	nVa	A
W	brackets	Nv	G
W	bradbury	N	P
W	bradford	N	P
W	bradley	N	P
W	bradstreet	N	P
W	brady	N	P
W	braga	N	L
W	bragged	V	-
W	brain	Nv	-
W	brains	Nv	-
W	brainwashing	Nv	E
W	brake	Nv	A
W	brakes	Nv	A
W	braking	V	-
W	branch	Nv	G
W	branches	Nv	G
W	branching	Nva	E
W	brand	Nv	C
W	branded	Va	-
W	branding	nV	E
W	brands	Nv	C
W	brandt	N	P
W	brasil	N	L
W	brasilia	N	L
W	brave	nvA	P
W	brazil	N	L
W	brazilian	nA	P
W	brazilians	N	P
W	brazils	N	L
W	breach	nV	E
W	breached	V	-
W	breaches	nV	E
W	breaching	V	-
W	bread	Nv	-
W	break	nV	E
W	breakdown	N	E
W	breakdowns	N	E
W	breakers	N	E
W	breakfast	Nv	-
W	breaking	nV	E
W	breakneck	A	-
W	breakout	N	E
W	breaks	nV	E
W	breakup	N	E
W	breakwater	N	F
W	breast	Nv	-
W	breath	N	E
W	breathe	V	-
W	breather	N	T
W	breathing	nVa	E
W	breeder	N	P
W	breeding	nVa	-
W	bremen	N	L
W	brescia	N	L
W	brewer	N	P
W	breweries	N	F
W	brewers	N	P
W	brewery	N	F
W	brewing	Nv	E
W	bribe	Nv	-
W	bribed	V	-
W	bribery	N	E
W	bribes	Nv	-
W	brick	N	A
W	bricks	N	A
W	bridge	Nv	F
W	bridged	V	-
W	bridges	Nv	P
W	bridging	V	-
W	brief	nvA	C
W	briefcase	N	A
W	briefed	V	-
W	briefing	Nv	C
W	briefings	N	C
W	briefly	R	-
W	briefs	Nv	A
W	brigade	Nv	G
W	brigades	Nv	G
W	brigadier	N	P
W	bright	Ar	-
W	brighten	V	-
W	brightened	V	-
W	brighter	A	-
W	brighton	N	L
W	brilliant	A	-
W	bring	V	-
W	bringing	nV	E
W	brings	V	-
W	brining	V	-
W	briquettes	N	A
W	brisbane	N	L
W	brisk	vA	-
W	bristol	N	L
W	britain	N	L
W	british	nA	P
W	broached	Va	-
W	broad	nA	P
W	broadcast	Nv	C
W	broadcaster	Na	P
W	broadcasters	N	P
W	broadcasting	Nv	C
W	broadcasts	Nv	C
W	broaden	V	-
W	broadened	V	-
W	broadening	nV	E
W	broader	A	-
W	broadest	A	-
W	broadly	R	-
W	brochures	N	C
W	broiler	N	A
W	broilers	N	A
W	broke	Va	-
W	broken	Va	-
W	broker	nvA	P
W	broker-dealer	N	P
W	broker-dealers	N	P
W	brokerage	N	G
W	brokerages	N	G
W	brokered	V	-
W	brokering	V	-
W	brokers	Nv	P
W	bronx	N	L
W	bronze	Nva	-
W	brook	Nv	-
W	brooke	N	P
W	brooklyn	N	L
W	brooks	Nv	P
W	brother	N	P
W	brothers	N	P
W	brougham	N	V
W	brought	V	-
W	brown	nvA	-
W	browns	Nv	-
W	bruce	N	P
W	brunei	N	L
W	bruno	N	P
W	brunswick	N	L
W	brush	nV	G
W	brussels	N	L
W	brutal	A	-
W	bruxelles	N	L
W	bryan	N	P
W	bs	N	C
W	bss	N	C
W	bubble	Nv	-
W	buccaneer	Nv	P
W	buchanan	N	P
W	bucharest	N	L
W	buck	nV	A
W	buckler	N	A
W	bucks	nV	A
W	bud	Nv	-
W	budapest	N	L
W	buddy	N	P
W	budge	nV	P
W	budged	V	-
W	budget	Nv	-
W	budgetary	A	-
W	budgeted	V	-
W	budgeting	V	-
W	budgets	Nv	-
W	buffalo	Nv	-
W	buffer	Nva	-
W	buffeted	Va	-
W	bug	Nv	-
W	build	nV	-
W	building	nV	F
W	buildings	N	F
W	builds	nV	-
W	buildup	N	E
W	built	Va	-
W	built-in	A	-
W	bulgaria	N	L
W	bulgarian	Na	P
W	bulging	Va	-
W	bulk	Nv	-
W	bulkhead	N	F
W	bull	Nv	-
W	bullet	N	W
W	bulletin	Nv	C
W	bullish	A	-
W	bulls	Nv	-
W	bully	Nva	P
W	bulwark	Nv	F
W	bumper	N	A
W	bunch	Nv	G
W	bundesbank	N	G
W	bunker	Nv	F
W	buoy	Nv	C
W	buoyant	A	-
W	buoyed	V	-
W	burbank	N	P
W	burden	Nv	-
W	burdened	vA	-
W	burdens	Nv	-
W	burdensome	A	-
W	bureau	N	G
W	bureaucracy	N	G
W	bureaucratic	A	-
W	bureaucrats	N	P
W	bureaus	N	G
W	burgeoning	V	-
W	burger	N	P
W	burgess	N	P
W	burglars	N	P
W	buried	Va	-
W	burke	Nv	P
W	burlington	N	L
W	burma	N	L
W	burn	nV	-
W	burned	Va	-
W	burnham	N	P
W	burning	nVa	E
W	burns	nV	P
W	burnside	N	P
W	burnt	Va	-
W	burroughs	N	P
W	burry	A	-
W	burst	nV	E
W	bursting	V	-
W	burton	N	P
W	burundi	Na	L
W	bury	V	-
W	bus	Nv	A
W	buses	Nv	A
W	bush	Nva	-
W	bushel	Nv	-
W	bushels	Nv	-
W	bushnell	N	P
W	busiest	A	-
W	business	N	G
W	businesses	N	G
W	businessman	N	P
W	businessmen	N	G
W	busses	Nv	A
W	bust	nVa	E
W	buster	Na	P
W	busting	V	-
W	busy	vA	-
W	but	R	-
W	butcher	nVa	P
W	butler	N	P
W	butter	Nv	-
W	button	Nv	A
W	buttressing	Nv	F
W	butts	nV	A
W	buy	nV	-
W	buyback	N	E
W	buybacks	N	E
W	buyer	N	P
W	buyers	N	P
W	buying	nV	E
W	buyout	N	E
W	buyouts	N	E
W	buys	nV	-
W	by	R	-
W	by-election	N	E
W	by-elections	N	E
W	byelorussia	N	L
W	bylaws	N	C
W	bypass	nV	A
W	byrd	N	P
W	byron	N	P
W	c	Na	-
W	cab	Nv	F
W	cabbage	Nv	-
W	cabin	Nv	F
W	cabinet	N	A
W	cabins	Nv	F
W	cable	Nv	C
W	cables	Nv	C
W	cabot	N	P
W	cabriolet	N	V
W	cache	Nv	F
W	cad	N	P
W	cadiz	N	L
W	caesars	N	P
W	cafe	N	F
W	cafes	N	F
W	cafeterias	N	F
W	cage	Nv	F
W	cain	N	P
W	cairns	N	C
W	cairo	N	L
W	cake	Nv	A
W	cakes	Nv	A
W	calabria	N	L
W	calamitous	A	-
W	calculate	V	-
W	calculated	Va	-
W	calculates	V	-
W	calculating	Va	-
W	calculation	N	E
W	calculations	N	E
W	calcutta	N	L
W	calder	N	P
W	caldwell	N	P
W	calendar	Nv	T
W	calender	Nv	A
W	calgary	N	L
W	calif	N	P
W	california	N	L
W	californian	Na	P
W	caliphate	N	T
W	call	nV	C
W	callable	A	-
W	called	V	-
W	caller	Na	P
W	callers	N	P
W	calling	nV	E
W	calls	nV	C
W	calm	nvA	-
W	calmed	V	-
W	calmer	A	-
W	calming	nV	E
W	calmly	R	-
W	calumet	N	A
W	calves	Nv	-
W	calving	Nv	-
W	cambrian	Na	T
W	cambridge	N	F
W	camden	N	L
W	came	V	-
W	camera	N	A
W	cameras	N	A
W	cameroon	N	L
W	cameroun	N	L
W	camp	Nva	F
W	campaign	Nv	E
W	campaigned	V	-
W	campaigners	N	P
W	campaigning	nV	E
W	campaigns	Nv	E
W	campbell	N	P
W	camps	Nv	F
W	campus	N	L
W	can	nV	A
W	canada	N	L
W	canadian	nA	P
W	canadians	N	P
W	canal	Nv	-
W	canary	Na	P
W	canberra	N	L
W	cancel	nV	C
W	canceled	V	-
W	cancellation	N	E
W	cancellations	N	E
W	cancelled	Va	-
W	cancelling	V	-
W	candid	A	-
W	candidacies	N	E
W	candidacy	N	E
W	candidate	N	P
W	candidates	N	P
W	candidly	R	-
W	candies	Nv	-
W	candy	Nv	-
W	cane	Nv	A
W	canned	Va	-
W	canning	V	-
W	cannon	Nv	A
W	canon	N	C
W	cans	nV	A
W	canton	Nv	L
W	cantonal	A	-
W	canty	A	-
W	canvassed	V	-
W	cap	Nv	A
W	capable	A	-
W	capacitor	N	A
W	capital	Na	-
W	capitalisation	N	C
W	capitalise	V	-
W	capitalised	V	-
W	capitalist	nA	P
W	capitalists	N	P
W	capitalization	N	C
W	capitalize	V	-
W	capitalized	V	-
W	capitol	N	F
W	capitulate	V	-
W	capped	Va	-
W	capricious	A	-
W	caps	Nv	A
W	capsized	V	-
W	capsules	Nv	A
W	captain	Nv	P
W	captains	Nv	P
W	caption	Nv	C
W	captive	Na	P
W	capture	nV	E
W	captured	V	-
W	capturing	V	-
W	car	N	V
W	caracas	N	L
W	carbonate	Nv	-
W	card	Nv	A
W	cardholders	N	P
W	cardiac	A	-
W	cardinal	nA	P
W	cardiovascular	A	-
W	cardizem	N	A
W	cards	Nv	E
W	care	nV	E
W	career	Nv	E
W	careful	A	-
W	carefully	R	-
W	careless	A	-
W	cares	nV	E
W	caretaker	N	P
W	cargo	N	A
W	cargoes	N	A
W	caring	nVa	-
W	carlos	N	P
W	carmaker	N	G
W	carmakers	N	G
W	carnival	N	E
W	carol	Nv	C
W	carolina	N	L
W	carolinas	N	L
W	caroline	A	-
W	carpenter	Nv	P
W	carpet	Nv	A
W	carpets	Nv	A
W	carried	V	-
W	carrier	N	P
W	carriers	N	P
W	carries	nV	E
W	carroll	N	P
W	carry	nV	E
W	carrying	V	-
W	cars	N	V
W	carson	N	P
W	cartagena	N	L
W	cartel	N	G
W	cartels	N	G
W	carter	N	P
W	cartridge	N	A
W	cartridges	N	A
W	carve	V	-
W	carvedilol	N	A
W	carving	nV	A
W	cascade	nV	-
W	cascading	V	-
W	case	Nv	E
W	case-by-case	A	-
W	cases	Nv	E
W	cash	Nv	-
W	casino	N	F
W	casinos	N	F
W	caspar	N	P
W	cassette	N	A
W	cassettes	N	A
W	cast	nV	G
W	castile	N	L
W	casting	nV	A
W	castings	N	A
W	castle	Nv	F
W	castrated	Va	-
W	castro	N	P
W	casual	A	-
W	casually	R	-
W	casualties	N	P
W	casualty	N	P
W	cat	Nv	-
W	catalog	Nv	C
W	catalogs	Nv	C
W	catalogue	Nv	C
W	catalytic	A	-
W	catapulted	V	-
W	catastrophe	N	E
W	catastrophic	A	-
W	catch	nV	-
W	catcher	N	P
W	catches	nV	-
W	catching	nVa	E
W	categorically	R	-
W	categories	N	G
W	category	N	G
W	catena	N	G
W	cater	V	-
W	catering	nV	E
W	cathay	N	L
W	cathedral	Na	F
W	catherine	N	P
W	catheter	N	A
W	cathode	N	A
W	cathodes	N	A
W	catholic	Na	P
W	cattlemen	N	P
W	caught	V	-
W	cause	nV	E
W	caused	V	-
W	causes	nV	E
W	causing	nV	E
W	caution	Nv	-
W	cautioned	V	-
W	cautions	Nv	-
W	cautious	nA	G
W	cautiously	R	-
W	cavalier	Na	P
W	caved	V	-
W	cavendish	N	P
W	cbc	N	E
W	cc	Na	-
W	ccc	A	-
W	cd	Na	-
W	cd-rom	N	A
W	cdc	N	G
W	cease	nV	T
W	ceased	V	-
W	ceaseless	A	-
W	ceases	nV	T
W	ceasing	V	-
W	cede	V	-
W	ceding	Nv	E
W	cefadroxil	N	A
W	ceiling	N	A
W	ceilings	N	A
W	celebrate	V	-
W	celebrated	Va	-
W	celebrates	V	-
W	celebrating	V	-
W	celebrations	N	E
W	celebrity	N	P
W	cell	N	A
W	cells	N	A
W	cellular	A	-
W	cement	Nv	-
W	cemetery	N	L
W	censored	Va	-
W	censure	Nv	C
W	censured	V	-
W	census	Nv	E
W	centaur	N	P
W	centennial	Na	T
W	center	Nva	L
W	centered	Va	-
W	centers	Nv	L
W	centigrade	A	-
W	central	nA	A
W	centralised	Va	-
W	centralized	Va	-
W	centrally	R	-
W	centre	Nv	L
W	centred	V	-
W	centres	Nv	L
W	centrifugal	A	-
W	centrist	Na	P
W	centrists	N	P
W	centuries	N	T
W	centurion	N	P
W	century	N	T
W	ceo	N	P
W	cephalexin	N	A
W	ceramic	nA	A
W	ceramics	N	E
W	cereal	Na	-
W	ceremonial	Na	E
W	ceremonies	N	E
W	ceremony	N	E
W	certain	A	-
W	certainly	R	-
W	certificate	Nv	C
W	certificated	Va	-
W	certificates	Nv	C
W	certification	N	E
W	certified	Va	-
W	certify	V	-
W	cessation	N	E
W	ceylon	N	L
W	cf	Nr	-
W	chadian	Na	P
W	chaff	nV	-
W	chain	Nv	G
W	chains	Nv	A
W	chair	Nv	A
W	chaired	V	-
W	chairing	V	-
W	chairman	Nv	P
W	chairmanship	N	E
W	chairmen	N	P
W	chairs	Nv	A
W	chairwoman	N	P
W	chalk	Nv	-
W	challenge	nV	-
W	challenged	V	-
W	challenger	N	P
W	challengers	N	P
W	challenges	nV	-
W	challenging	Va	-
W	chamber	Nv	F
W	chamberlain	N	P
W	chambers	Nv	P
W	champion	Nva	P
W	championed	V	-
W	chance	Nva	-
W	chancellor	N	P
W	chancery	N	G
W	chances	Nv	-
W	chandler	N	P
W	change	nV	E
W	changeable	A	-
W	changed	Va	-
W	changeover	N	E
W	changer	N	P
W	changes	nV	E
W	changing	Va	-
W	channel	Nv	C
W	channeled	V	-
W	channeling	V	-
W	channelled	V	-
W	channels	Nv	C
W	chant	nV	C
W	chaotic	A	-
W	chaparral	N	G
W	chapman	N	P
W	chapter	N	C
W	character	Nv	P
W	characterised	V	-
W	characterization	N	C
W	characterize	V	-
W	characterized	V	-
W	characters	Nv	P
W	charge	nV	E
W	charged	Va	-
W	charges	nV	E
W	charging	V	-
W	charitable	A	-
W	charities	N	G
W	charity	N	G
W	charles	N	P
W	charleston	Nv	L
W	charlotte	N	L
W	charming	vA	-
W	chart	Nv	C
W	charter	Nv	C
W	chartered	Va	-
W	charterhouse	N	F
W	chartering	V	-
W	charters	Nv	C
W	chartists	N	P
W	charts	Nv	C
W	chase	nV	E
W	chasing	V	-
W	chastised	V	-
W	chavez	N	P
W	cheap	A	-
W	cheaper	A	-
W	cheapest	A	-
W	cheaply	R	-
W	cheat	nV	-
W	cheated	V	-
W	cheating	nVa	E
W	chechen	Na	P
W	chechnya	N	L
W	check	nV	-
W	checked	Va	-
W	checking	V	-
W	checks	nV	-
W	cheered	V	-
W	cheerleader	N	P
W	cheese	Nv	-
W	chemical	nA	-
W	chemotherapy	N	E
W	cheques	Nv	-
W	chernobyl	N	L
W	cherokee	N	C
W	cherry	Na	-
W	chester	N	L
W	chesterfield	N	P
W	chevron	N	C
W	chew	nV	-
W	chewing	nV	E
W	cheyenne	N	L
W	chicago	N	L
W	chicken	Na	-
W	chief	nA	P
W	chiefly	R	-
W	chiefs	N	P
W	child	N	P
W	childhood	N	T
W	children	N	P
W	chile	N	L
W	chilean	Na	P
W	chiles	N	L
W	chill	Nv	-
W	chilled	V	-
W	chilling	nVa	-
W	chilly	nA	-
W	chin	Nv	-
W	china	N	L
W	chinese	nA	C
W	chino	N	A
W	chip	Nv	-
W	chips	Nv	-
W	chit	N	P
W	chittagong	N	L
W	chloramphenicol	N	A
W	chlorinated	V	-
W	chock	Nvr	A
W	choice	Na	-
W	choke	nV	A
W	chomsky	N	P
W	choose	V	-
W	chooses	V	-
W	choosing	V	-
W	chopping	V	-
W	choppy	A	-
W	chops	nV	-
W	chores	N	E
W	chorus	Nv	E
W	chose	V	-
W	chosen	nV	P
W	chow	N	G
W	christian	nA	P
W	christiania	N	L
W	christians	N	P
W	christie	N	P
W	christmas	N	T
W	christopher	N	P
W	chronic	A	-
W	chronicle	nV	C
W	chuck	nV	-
W	chunk	Nv	G
W	church	Nv	G
W	churches	Nv	G
W	churchill	N	P
W	cia	N	G
W	cigar	N	A
W	cigarette	N	A
W	cigarettes	N	A
W	cincinnati	N	L
W	cinema	N	C
W	circle	Nv	-
W	circles	Nv	-
W	circuit	Nv	A
W	circuitry	N	A
W	circuits	Nv	A
W	circular	nA	C
W	circulars	N	C
W	circulate	V	-
W	circulated	V	-
W	circulating	Va	-
W	circulation	N	C
W	circumvent	V	-
W	circumvented	V	-
W	circumventing	V	-
W	circus	N	G
W	cis	N	G
W	citadel	N	F
W	cite	nV	C
W	cited	V	-
W	cites	nV	C
W	cities	N	L
W	citing	V	-
W	citizen	N	P
W	citizenry	N	G
W	citizens	N	P
W	city	N	L
W	civic	A	-
W	civil	A	-
W	civilian	nA	P
W	civilians	N	P
W	cl	Na	-
W	claim	nV	C
W	claimant	N	P
W	claimants	N	P
W	claimed	V	-
W	claiming	V	-
W	claims	nV	C
W	clampdown	N	E
W	clamped	V	-
W	clandestine	A	-
W	clarence	N	V
W	clarification	N	C
W	clarifications	N	C
W	clarified	V	-
W	clarifies	V	-
W	clarify	V	-
W	clarifying	Va	-
W	clark	N	P
W	clash	Nv	E
W	clashed	V	-
W	clashes	Nv	E
W	class	Nv	G
W	classes	Nv	G
W	classic	nA	A
W	classification	N	E
W	classifications	N	E
W	classified	nVa	C
W	classify	V	-
W	classifying	V	-
W	classroom	N	F
W	clause	N	C
W	clauses	N	C
W	clean	nVar	E
W	cleaned	V	-
W	cleaner	nA	A
W	cleaners	N	F
W	cleaning	nV	E
W	cleanse	V	-
W	clear	nvAr	-
W	clear-cut	vA	-
W	cleared	Va	-
W	clearer	A	-
W	clearing	nV	L
W	clearly	R	-
W	clears	nV	-
W	clemens	N	P
W	cleric	N	P
W	clerical	A	-
W	clerk	Nv	P
W	clerks	Nv	P
W	cleveland	N	L
W	clever	A	-
W	clicking	V	-
W	client	N	P
W	clients	N	P
W	climb	nV	-
W	climbed	V	-
W	climbing	nV	E
W	climbs	nV	-
W	clinched	Va	-
W	cling	nV	-
W	clinic	N	G
W	clinical	A	-
W	clinics	N	G
W	clinton	N	P
W	clintons	N	P
W	clip	Nv	A
W	clive	N	P
W	clobbered	V	-
W	clock	Nv	A
W	clone	Nv	P
W	clones	Nv	P
W	close	nVar	T
W	closed	Va	-
W	closed-door	A	-
W	closely	R	-
W	closely-held	A	-
W	closer	nAr	P
W	closes	nV	T
W	closest	Ar	-
W	closing	nVa	E
W	closings	N	E
W	closure	Nv	E
W	closures	Nv	E
W	clot	Nv	-
W	cloth	N	A
W	clothes	Nv	A
W	clothing	Nv	A
W	clots	Nv	-
W	clotting	nV	-
W	cloud	Nv	-
W	clouded	Va	-
W	cloudier	A	-
W	clouds	Nv	-
W	cloudy	A	-
W	clout	Nv	C
W	club	Nv	G
W	clubs	Nv	G
W	clues	Nv	C
W	cluster	Nv	G
W	clustered	Va	-
W	co-op	N	E
W	co-ops	N	E
W	co-ordinate	nV	-
W	coach	Nv	P
W	coaching	nV	E
W	coal	Nv	-
W	coal-fired	A	-
W	coalition	N	G
W	coals	Nv	-
W	coarse	A	-
W	coast	Nv	-
W	coastal	A	-
W	coastguard	N	G
W	coastline	N	L
W	coasts	Nv	-
W	coat	Nv	A
W	coated	Va	-
W	coating	nV	A
W	coatings	N	A
W	coats	Nv	A
W	coaxial	A	-
W	cocaine	N	A
W	cochran	N	P
W	cockpit	N	F
W	cod	Nvar	-
W	code	Nv	C
W	coded	V	-
W	codes	Nv	C
W	coding	nV	E
W	cody	N	P
W	coercion	N	E
W	coercive	A	-
W	coffers	N	A
W	coffin	Nv	A
W	cofounder	N	P
W	cognizant	A	-
W	coherent	A	-
W	cohn	N	P
W	coil	nV	F
W	coils	nV	F
W	coin	Nv	-
W	coin-operated	A	-
W	coincide	V	-
W	coincided	V	-
W	coincidence	N	E
W	coincident	A	-
W	coincides	V	-
W	coinciding	Va	-
W	coins	Nv	-
W	coke	Nv	-
W	coking	V	-
W	cold	nA	-
W	colder	A	-
W	collaborated	V	-
W	collaboration	N	E
W	collaborative	A	-
W	collapse	nV	-
W	collapsed	V	-
W	collapses	nV	-
W	collapsing	V	-
W	collateral	Na	-
W	collateralized	V	-
W	colleague	N	P
W	colleagues	N	P
W	collect	nVar	C
W	collected	Va	-
W	collectible	Na	A
W	collecting	nV	E
W	collection	N	G
W	collections	N	G
W	collective	nA	G
W	collectively	R	-
W	collectives	N	G
W	collectors	N	P
W	collects	nV	C
W	college	N	G
W	colleges	N	G
W	collegiate	A	-
W	collided	V	-
W	collier	Na	P
W	colliery	N	A
W	collins	N	P
W	collision	N	E
W	cologne	N	L
W	colombia	N	L
W	colombian	nA	P
W	colombo	N	L
W	colonel	N	P
W	colonial	nA	P
W	colony	N	G
W	color	Nva	-
W	colorado	N	L
W	colored	nvA	P
W	colorful	A	-
W	colors	Nv	A
W	colossal	A	-
W	colour	nvA	-
W	columbian	A	-
W	columbus	N	L
W	column	N	G
W	columnists	N	P
W	columns	N	G
W	comanche	N	P
W	combat	Nv	E
W	combating	V	-
W	combatting	V	-
W	combination	N	G
W	combinations	N	G
W	combine	nV	A
W	combined	Va	-
W	combines	nV	A
W	combining	nV	E
W	come	nV	-
W	comeback	N	C
W	comed	V	-
W	comedienne	N	P
W	comedy	N	C
W	comer	N	P
W	comes	nV	-
W	comfort	Nv	-
W	comfortable	A	-
W	comfortably	R	-
W	comically	R	-
W	coming	nVa	E
W	command	Nv	C
W	commanded	V	-
W	commander	N	P
W	commanders	N	P
W	commanding	Va	-
W	commands	Nv	C
W	commemorating	Va	-
W	commemorative	Na	-
W	commence	V	-
W	commenced	V	-
W	commencement	N	T
W	commencing	V	-
W	commended	V	-
W	commensurate	A	-
W	comment	Nv	C
W	commentary	N	C
W	commentator	N	P
W	commentators	N	P
W	commented	V	-
W	commenting	V	-
W	comments	Nv	C
W	commerce	N	E
W	commercial	nA	C
W	commercialization	N	E
W	commercialize	V	-
W	commercially	R	-
W	commercials	N	C
W	commission	Nv	G
W	commissioned	Va	-
W	commissioner	N	P
W	commissioners	N	P
W	commissioning	nV	E
W	commissions	Nv	G
W	commit	V	-
W	committed	Va	-
W	committee	N	G
W	committees	N	G
W	committing	V	-
W	commodities	N	A
W	commodity	N	A
W	commodore	N	P
W	common	nA	L
W	commonly	R	-
W	commonplace	nA	C
W	commons	N	L
W	commonwealth	N	L
W	communal	A	-
W	communicate	V	-
W	communicated	V	-
W	communication	N	C
W	communique	N	C
W	communiques	N	C
W	communism	N	G
W	communist	nA	P
W	communists	N	P
W	communities	N	G
W	community	N	G
W	commuter	N	A
W	comoros	N	L
W	compact	nvA	A
W	compacted	V	-
W	companies	Nv	G
W	companion	Nv	P
W	company	Nv	G
W	comparable	A	-
W	comparative	nA	C
W	comparatively	R	-
W	compare	nV	-
W	compared	V	-
W	compares	nV	-
W	comparing	nV	E
W	comparison	N	E
W	comparisons	N	E
W	compass	Nv	A
W	compatible	A	-
W	compatriots	N	P
W	compel	V	-
W	compelled	V	-
W	compelling	Va	-
W	compensate	V	-
W	compensated	Va	-
W	compete	V	-
W	competed	V	-
W	competent	A	-
W	competes	V	-
W	competing	V	-
W	competitive	A	-
W	competitively	R	-
W	competitor	N	P
W	competitors	N	P
W	compile	V	-
W	compiled	V	-
W	compiler	N	P
W	compilers	N	P
W	compiling	nV	E
W	complain	V	-
W	complained	V	-
W	complaining	Va	-
W	complains	V	-
W	complement	Nv	C
W	complementary	nA	-
W	complements	Nv	C
W	complete	vA	-
W	completed	Va	-
W	completely	R	-
W	completes	V	-
W	completing	Va	-
W	completion	N	E
W	completions	N	E
W	complex	nA	-
W	compliance	N	E
W	compliant	A	-
W	complicate	V	-
W	complicated	vA	-
W	complications	N	E
W	complied	V	-
W	complies	V	-
W	compliments	Nv	C
W	comply	V	-
W	complying	V	-
W	composed	Va	-
W	composite	Na	-
W	compound	nVa	-
W	compounded	Va	-
W	compounder	A	-
W	compounding	nV	E
W	compounds	nV	-
W	comprehensive	nA	C
W	comprehensively	R	-
W	compressor	N	A
W	comprise	V	-
W	comprised	V	-
W	comprises	V	-
W	comprising	V	-
W	compromise	Nv	E
W	compromised	V	-
W	compromises	Nv	E
W	compromising	Va	-
W	compton	N	P
W	comptroller	N	P
W	compulsorily	R	-
W	compulsory	A	-
W	computation	N	E
W	compute	V	-
W	computer	N	A
W	computerised	V	-
W	computerized	V	-
W	computers	N	A
W	computing	nV	-
W	comstock	N	P
W	con	Nvr	C
W	conceal	V	-
W	concealed	Va	-
W	concealing	nVa	E
W	concede	V	-
W	conceded	V	-
W	conceivable	A	-
W	conceivably	R	-
W	concentrate	nV	-
W	concentrated	Va	-
W	concentrates	nV	-
W	concentrating	V	-
W	concepcion	N	L
W	concern	nV	-
W	concerned	Va	-
W	concerning	V	-
W	concerns	nV	-
W	concert	Nv	C
W	concerted	vA	-
W	concession	N	C
W	concessions	N	C
W	conciliator	N	P
W	conciliatory	A	-
W	conclude	V	-
W	concluded	Va	-
W	concludes	V	-
W	concluding	Va	-
W	conclusive	A	-
W	concord	Nv	L
W	concrete	Nva	-
W	concurred	V	-
W	concurrent	A	-
W	concurrently	R	-
W	concussions	N	E
W	condemn	V	-
W	condemnation	N	C
W	condemned	V	-
W	condemning	Va	-
W	condemns	V	-
W	condition	Nv	-
W	conditional	A	-
W	conditionally	R	-
W	conditioned	Va	-
W	conditioners	N	E
W	conditioning	nV	-
W	conditions	Nv	-
W	condo	N	F
W	condolences	N	C
W	condom	N	A
W	condominium	N	F
W	condominiums	N	F
W	condoms	N	A
W	condoning	V	-
W	conducive	A	-
W	conduct	nV	E
W	conducted	V	-
W	conducting	nV	E
W	conductor	N	P
W	conducts	nV	E
W	confer	V	-
W	conference	N	G
W	conferences	N	G
W	conferred	V	-
W	conferring	V	-
W	confessed	V	-
W	confession	N	C
W	confidant	N	P
W	confident	A	-
W	confidential	A	-
W	confidently	R	-
W	configured	Va	-
W	confine	V	-
W	confined	Va	-
W	confines	nV	-
W	confirm	V	-
W	confirmed	Va	-
W	confirming	Va	-
W	confirms	V	-
W	confiscated	V	-
W	conflict	Nv	E
W	conflicted	V	-
W	conflicting	Va	-
W	conflicts	Nv	E
W	conform	V	-
W	conformed	V	-
W	confounded	Va	-
W	confront	V	-
W	confrontation	N	C
W	confrontational	A	-
W	confronted	V	-
W	confronting	V	-
W	confronts	V	-
W	confuse	V	-
W	confused	Va	-
W	confusing	Va	-
W	congested	vA	-
W	congestive	A	-
W	conglomerate	Nva	-
W	conglomerates	Nv	-
W	congo	N	L
W	congress	N	G
W	congresses	N	G
W	congressional	A	-
W	congressman	N	P
W	congressmen	N	P
W	congreve	N	P
W	conn	V	-
W	connect	V	-
W	connected	Va	-
W	connecticut	N	L
W	connecting	V	-
W	connectors	N	A
W	connects	V	-
W	conquer	V	-
W	conrad	N	P
W	cons	Nv	C
W	conscious	A	-
W	consecutive	Ar	-
W	consent	Nv	C
W	consented	V	-
W	consenting	Va	-
W	consents	Nv	C
W	consequent	A	-
W	consequential	A	-
W	consequently	R	-
W	conservation	N	E
W	conservations	N	E
W	conservative	nA	P
W	conservatively	R	-
W	conservatives	N	P
W	conservator	N	P
W	conserve	nV	-
W	conserving	V	-
W	consider	V	-
W	considerable	A	-
W	considerably	R	-
W	considered	Va	-
W	considering	V	-
W	considers	V	-
W	consigned	V	-
W	consignment	N	A
W	consignments	N	A
W	consist	V	-
W	consisted	V	-
W	consistent	A	-
W	consistently	R	-
W	consisting	V	-
W	consists	V	-
W	consolidate	V	-
W	consolidated	Va	-
W	consolidating	V	-
W	consolidation	N	E
W	consolidations	N	E
W	consortia	N	G
W	consortium	N	G
W	consortiums	N	G
W	conspicuously	R	-
W	conspiracy	N	C
W	conspired	V	-
W	conspiring	V	-
W	constant	nA	-
W	constantine	N	P
W	constantly	R	-
W	constituencies	N	G
W	constituency	N	G
W	constituent	Na	A
W	constituents	N	A
W	constitute	V	-
W	constituted	Va	-
W	constitutes	V	-
W	constitution	N	C
W	constitutional	nA	E
W	constitutionally	R	-
W	constrain	V	-
W	constrained	vA	-
W	construct	nV	-
W	constructed	V	-
W	constructing	V	-
W	construction	N	E
W	constructions	N	E
W	constructive	A	-
W	constructors	N	P
W	construed	V	-
W	consul	N	P
W	consular	A	-
W	consulate	N	F
W	consult	V	-
W	consultancy	N	E
W	consultant	N	P
W	consultants	N	P
W	consultation	N	C
W	consultations	N	C
W	consultative	A	-
W	consulted	V	-
W	consulting	V	-
W	consume	V	-
W	consumed	V	-
W	consumer	N	P
W	consumers	N	P
W	consumes	V	-
W	consuming	Va	-
W	consummate	Va	-
W	consummated	Va	-
W	consummation	N	E
W	consumption	N	E
W	contact	Nv	E
W	contacted	V	-
W	contacts	Nv	E
W	contain	V	-
W	contained	Va	-
W	container	N	A
W	containers	N	A
W	containing	V	-
W	contains	V	-
W	contaminated	Va	-
W	contemplate	V	-
W	contemplated	V	-
W	contemplates	V	-
W	contemplating	V	-
W	contemplative	nA	P
W	contend	V	-
W	contended	V	-
W	contender	N	P
W	contenders	N	P
W	contends	V	-
W	content	Nva	G
W	contention	N	C
W	contentious	A	-
W	contents	Nv	C
W	contest	Nv	E
W	contested	Va	-
W	contesting	V	-
W	contests	Nv	E
W	context	N	C
W	contiguous	A	-
W	continent	Na	-
W	continental	A	-
W	contingencies	N	E
W	contingency	N	E
W	contingent	Na	G
W	continually	R	-
W	continuation	N	E
W	continue	V	-
W	continued	Va	-
W	continues	V	-
W	continuing	Va	-
W	continuous	A	-
W	continuously	R	-
W	contours	Nv	C
W	contra	N	P
W	contraceptive	Na	A
W	contraceptives	N	A
W	contract	Nv	C
W	contracted	Va	-
W	contracting	nV	E
W	contraction	N	E
W	contractor	N	P
W	contractors	N	P
W	contracts	Nv	C
W	contractual	A	-
W	contractually	R	-
W	contradict	V	-
W	contradicted	V	-
W	contradicting	V	-
W	contradictory	nA	-
W	contrary	nA	-
W	contras	N	G
W	contrast	Nv	-
W	contrasted	V	-
W	contrasting	Va	-
W	contrasts	Nv	-
W	contravene	V	-
W	contravened	V	-
W	contravention	N	E
W	contribute	V	-
W	contributed	V	-
W	contributes	V	-
W	contributing	Va	-
W	contribution	N	E
W	contributions	N	E
W	contributor	N	P
W	contributors	N	P
W	contributory	A	-
W	control	Nv	-
W	controled	V	-
W	controlled	Va	-
W	controller	N	P
W	controllers	N	P
W	controlling	Va	-
W	controls	Nv	-
W	controversial	A	-
W	controversies	N	C
W	controversy	N	C
W	convalescent	Na	P
W	convene	V	-
W	convened	V	-
W	convenes	V	-
W	convenient	A	-
W	convening	nV	E
W	convention	N	G
W	conventional	A	-
W	conventionally	R	-
W	conventions	N	G
W	convergence	N	E
W	convergent	A	-
W	conversation	N	C
W	conversations	N	C
W	conversion	N	E
W	conversions	N	E
W	convert	nV	P
W	converted	Va	-
W	converter	N	A
W	converters	N	A
W	convertible	Na	V
W	convertibles	N	V
W	converting	V	-
W	converts	nV	P
W	convex	A	-
W	convey	V	-
W	conveyer	N	P
W	conveyor	N	P
W	convicted	V	-
W	convince	V	-
W	convinced	Va	-
W	convincing	Va	-
W	convoy	Nv	G
W	convoys	Nv	G
W	cook	nV	P
W	cooke	N	P
W	cooked	Va	-
W	cooking	nV	E
W	cool	nvA	-
W	cooled	V	-
W	cooler	nA	A
W	coolers	N	A
W	cooling	nV	-
W	coop	N	F
W	cooper	Nv	P
W	cooperate	V	-
W	cooperated	V	-
W	cooperating	V	-
W	cooperation	N	E
W	cooperative	nA	E
W	cooperatively	R	-
W	cooperatives	N	E
W	coopers	Nv	P
W	coordinate	nVa	-
W	coordinated	Va	-
W	coordinates	nV	-
W	coordinating	Va	-
W	coordinator	N	P
W	cop	Nv	P
W	cope	nV	A
W	copenhagen	N	L
W	copied	V	-
W	copier	N	A
W	copiers	N	A
W	copies	Nv	C
W	copley	N	P
W	copper	Nv	-
W	cops	Nv	P
W	coptic	Na	C
W	copy	Nv	C
W	copying	nV	E
W	copyright	Nv	C
W	copyrights	Nv	C
W	corbett	N	P
W	core	Nv	G
W	cork	Nv	-
W	corker	N	C
W	corn	Nv	-
W	corneal	A	-
W	corner	Nv	L
W	cornering	V	-
W	corners	Nv	L
W	corning	V	-
W	cornucopia	N	C
W	cornwall	N	L
W	coronary	Na	-
W	coronation	N	E
W	coronet	N	A
W	corp	N	G
W	corporate	A	-
W	corporation	N	G
W	corporations	N	G
W	corps	N	G
W	correct	Va	-
W	corrected	Va	-
W	correcting	V	-
W	correction	N	E
W	corrections	N	G
W	corrective	Na	A
W	correctly	R	-
W	corrects	V	-
W	correspond	V	-
W	corresponded	V	-
W	correspondence	N	C
W	correspondent	Na	P
W	correspondents	N	P
W	corresponding	Va	-
W	corresponds	V	-
W	corridor	N	A
W	corridors	N	A
W	corrupt	vA	-
W	corrupted	Va	-
W	corsica	N	L
W	cosmetic	Na	A
W	cosmetics	N	A
W	cost	Nv	-
W	cost-effective	A	-
W	costing	nV	E
W	costly	A	-
W	costs	Nv	-
W	costume	Nv	A
W	cosy	Na	A
W	cote	N	A
W	cotton	Nv	-
W	couch	Nv	A
W	cough	nV	-
W	council	N	G
W	councils	N	G
W	counsel	Nv	P
W	counselling	nV	C
W	counsellor	N	P
W	counselor	N	P
W	counsels	Nv	P
W	count	nV	-
W	counted	V	-
W	countenance	Nv	-
W	counter	Nvar	A
W	counteract	V	-
W	counterbalance	Nv	A
W	counterclaim	Nv	E
W	countered	V	-
W	counterfeit	Nva	A
W	counterfeiting	V	-
W	countering	V	-
W	countermeasure	N	E
W	countermeasures	N	E
W	counterpoint	Nv	C
W	counterproductive	A	-
W	counters	Nv	A
W	countervail	V	-
W	countervailing	V	-
W	counties	N	L
W	counting	nV	E
W	countless	A	-
W	countries	N	G
W	country	N	G
W	countrymen	N	P
W	countryside	N	L
W	countrywide	A	-
W	counts	nV	-
W	county	N	L
W	coup	N	E
W	coupe	N	V
W	couple	Nv	G
W	coupled	Va	-
W	couplings	N	A
W	coupon	N	C
W	coupons	N	C
W	coups	N	E
W	courageous	A	-
W	courier	N	P
W	course	Nvr	E
W	coursed	V	-
W	courses	Nv	E
W	court	Nv	G
W	court-ordered	A	-
W	courted	V	-
W	courtesy	N	E
W	courting	nV	C
W	courts	Nv	G
W	cousin	N	P
W	covenant	Nv	C
W	covenants	Nv	C
W	cover	nV	A
W	covered	Va	-
W	covering	nV	-
W	covers	nV	A
W	covert	Na	G
W	covertly	R	-
W	cow	Nv	-
W	cows	Nv	-
W	cox	Nv	-
W	cpa	N	P
W	cpi	N	C
W	cps	N	T
W	crack	nVa	-
W	crackdown	N	E
W	cracked	Va	-
W	cracker	nA	-
W	cracking	nVa	E
W	cracks	nV	-
W	craft	Nv	E
W	crafts	Nv	E
W	crane	nV	P
W	cranes	nV	P
W	crash	nV	E
W	crashed	V	-
W	crashes	nV	E
W	crates	Nv	A
W	crawford	N	P
W	crawl	nV	E
W	crazy	nA	P
W	cream	Nv	G
W	creamer	Na	A
W	create	V	-
W	created	V	-
W	creates	V	-
W	creating	V	-
W	creation	N	E
W	creations	N	E
W	creative	A	-
W	credentials	N	C
W	credible	A	-
W	credibly	R	-
W	credit	Nv	C
W	credited	Va	-
W	crediting	V	-
W	creditor	N	P
W	creditors	N	P
W	credits	Nv	C
W	creditworthy	A	-
W	creeping	nV	E
W	crepe	Nv	-
W	crept	V	-
W	crest	Nv	L
W	crete	N	L
W	crew	Nv	G
W	crewmen	N	P
W	crews	Nv	G
W	crime	N	E
W	crimea	N	L
W	crimes	N	E
W	criminal	Na	P
W	criminals	N	P
W	cripple	nV	P
W	crippled	Va	-
W	crippling	Va	-
W	crisscrossed	vA	-
W	criteria	N	C
W	critic	N	P
W	critical	A	-
W	critically	R	-
W	criticised	V	-
W	criticising	V	-
W	criticism	N	C
W	criticisms	N	C
W	criticize	V	-
W	criticized	V	-
W	critics	N	P
W	croatia	N	L
W	cronies	N	P
W	cronus	N	P
W	crony	N	P
W	crop	Nv	-
W	cropped	Va	-
W	crops	Nv	-
W	crosby	N	P
W	cross	nVa	F
W	cross-section	A	-
W	crossbred	Va	-
W	crosse	N	A
W	crossed	Va	-
W	crosses	nV	A
W	crossing	nV	E
W	crossroads	N	G
W	crow	nV	-
W	crowd	Nv	G
W	crowded	Va	-
W	crowds	Nv	G
W	crown	Nv	C
W	crowns	Nv	C
W	crucial	A	-
W	crucially	R	-
W	crucible	N	A
W	crude	nA	-
W	cruel	A	-
W	cruise	nV	E
W	cruises	nV	E
W	crumble	V	-
W	crumbling	V	-
W	crunch	Nv	E
W	crusade	Nv	E
W	crush	nV	-
W	crushed	Va	-
W	crushers	N	A
W	crushing	nVa	E
W	crushings	N	E
W	cry	nV	C
W	crying	nVa	C
W	cryogenic	A	-
W	csis	N	G
W	cst	N	T
W	ct	N	L
W	ctc	N	G
W	cts	N	L
W	cuba	N	L
W	cuban	nA	P
W	cubes	Nv	-
W	cubic	A	-
W	cudgel	Nv	A
W	cue	Nv	C
W	culminating	V	-
W	culpable	A	-
W	culprits	N	P
W	cultivated	Va	-
W	cultivation	N	E
W	cultural	A	-
W	culture	Nv	G
W	cumbersome	A	-
W	cumulative	A	-
W	cup	Nv	A
W	curacao	N	L
W	curb	Nv	A
W	curbed	V	-
W	curbing	nV	A
W	curbs	Nv	A
W	cure	nV	A
W	curiae	N	G
W	curious	A	-
W	curitiba	N	L
W	current	Na	-
W	currently	R	-
W	curry	Nv	-
W	curtail	V	-
W	curtailed	V	-
W	curtailing	V	-
W	curtain	Nv	A
W	curtis	N	P
W	curve	Nv	-
W	cushing	N	P
W	cushion	nV	A
W	custer	N	P
W	custom	Na	E
W	customarily	R	-
W	customary	A	-
W	customer	Na	P
W	customers	N	P
W	customized	V	-
W	cut	nVa	-
W	cut-price	A	-
W	cut-rate	A	-
W	cutback	N	E
W	cutbacks	N	E
W	cutout	N	A
W	cuts	nV	-
W	cutters	N	P
W	cutting	nVa	E
W	cv	Na	C
W	cybernetic	A	-
W	cyberspace	N	A
W	cycle	Nv	T
W	cycles	Nv	T
W	cyclical	A	-
W	cyclops	N	P
W	cynical	A	-
W	cypriot	Na	P
W	cyprus	N	L
W	cyril	N	P
W	cyrus	N	P
W	czechoslovakia	N	L
W	d	Na	-
W	d-day	N	T
W	da	N	P
W	dabbling	V	-
W	dad	N	P
W	dailies	N	C
W	daily	naR	C
W	daimler	N	P
W	dairies	N	A
W	dairy	N	A
W	dakota	N	P
W	dalian	N	L
W	dallas	N	L
W	dalton	N	P
W	dam	Nv	F
W	damage	Nv	E
W	damaged	Va	-
W	damages	Nv	-
W	damaging	Va	-
W	damascus	N	L
W	damn	nvAr	-
W	damned	nvAr	G
W	damning	Va	-
W	damon	N	P
W	damp	nvA	-
W	dampen	V	-
W	dampened	V	-
W	dampening	nV	E
W	damper	nA	A
W	dams	Nv	F
W	dana	N	P
W	danes	N	P
W	dangerous	A	-
W	dangerously	R	-
W	daniel	N	P
W	daniels	N	P
W	danish	nA	C
W	dante	N	P
W	dare	nV	C
W	darfur	N	L
W	daring	nVa	C
W	dark	nA	-
W	dart	nV	W
W	darts	nV	E
W	darwin	N	P
W	dash	nV	-
W	dashed	Va	-
W	dashing	Va	-
W	dat	N	A
W	database	N	C
W	databases	N	C
W	date	Nv	T
W	dated	Va	-
W	dateline	Nv	L
W	dates	Nv	T
W	dating	nV	E
W	daub	Nv	-
W	daughter	N	P
W	dauphin	N	P
W	davenport	N	L
W	david	N	P
W	davies	N	P
W	davis	N	P
W	davy	N	P
W	dawn	Nv	T
W	day	N	T
W	day-old	A	-
W	day-to-day	A	-
W	daylight	N	T
W	days	N	T
W	daytime	N	T
W	dayton	N	L
W	dba	N	C
W	dbms	N	C
W	dc	N	L
W	dcs	N	L
W	dd	N	C
W	de	N	L
W	deacon	N	P
W	dead	nAr	G
W	deadliest	A	-
W	deadline	N	T
W	deadlines	N	T
W	deadlocked	A	-
W	deadly	Ar	-
W	deaf	nvA	G
W	deal	nV	E
W	dealer	Na	P
W	dealers	N	P
W	dealership	N	G
W	dealerships	N	G
W	dealing	nV	E
W	dealings	N	E
W	deals	nV	E
W	dealt	V	-
W	dean	N	P
W	dear	nAr	P
W	dearly	R	-
W	death	N	E
W	deaths	N	E
W	debacle	N	E
W	debate	Nv	C
W	debated	V	-
W	debates	Nv	C
W	debating	V	-
W	debilitating	vA	-
W	debit	Nv	-
W	debits	Nv	-
W	debtor	N	P
W	debtors	N	P
W	debut	Nv	E
W	dec	N	T
W	decade	N	T
W	decades	N	T
W	decatur	N	P
W	decay	Nv	-
W	deceased	nvA	P
W	deceive	V	-
W	deceived	V	-
W	deceiving	V	-
W	decelerate	V	-
W	december	N	T
W	decentralised	Va	-
W	deception	N	C
W	deceptive	A	-
W	decide	V	-
W	decided	Va	-
W	decidedly	R	-
W	decides	V	-
W	deciding	nVa	-
W	decimating	V	-
W	decipher	V	-
W	decision	N	E
W	decisions	N	E
W	decisive	A	-
W	decisively	R	-
W	deck	Nv	A
W	decker	N	P
W	decks	Nv	A
W	declaration	N	C
W	declarations	N	C
W	declaratory	A	-
W	declare	V	-
W	declared	Va	-
W	declares	V	-
W	declaring	V	-
W	decline	nV	-
W	declined	V	-
W	declines	nV	-
W	declining	V	-
W	decommissioning	V	-
W	decontrol	V	-
W	decouple	V	-
W	decoupling	V	-
W	decrease	nV	E
W	decreased	Va	-
W	decreases	nV	E
W	decreasing	Va	-
W	decree	Nv	C
W	decreed	Va	-
W	dedicate	V	-
W	dedicated	Va	-
W	deduct	V	-
W	deducted	V	-
W	deductible	nA	-
W	deducting	V	-
W	deem	V	-
W	deemed	V	-
W	deems	V	-
W	deep	nAr	T
W	deep-seated	A	-
W	deep-water	A	-
W	deepen	V	-
W	deepened	V	-
W	deepening	nVa	-
W	deeper	Ar	-
W	deepest	A	-
W	deeply	R	-
W	deere	N	P
W	defacing	V	-
W	defame	V	-
W	defamed	V	-
W	default	Nv	E
W	defaulted	V	-
W	defaulting	V	-
W	defaults	Nv	E
W	defeat	nV	E
W	defeated	nVa	G
W	defeating	V	-
W	defeats	nV	E
W	defect	Nv	-
W	defective	A	-
W	defectors	N	P
W	defects	Nv	-
W	defend	V	-
W	defendant	N	P
W	defendants	N	P
W	defended	V	-
W	defender	N	P
W	defending	Va	-
W	defends	V	-
W	defense	N	E
W	defenses	N	E
W	defensive	nA	-
W	defer	V	-
W	deferment	N	E
W	deferred	V	-
W	deferring	V	-
W	defers	V	-
W	defiant	A	-
W	deficient	A	-
W	defied	V	-
W	define	V	-
W	defined	Va	-
W	defines	V	-
W	defining	nV	-
W	definite	A	-
W	definitely	R	-
W	definition	N	C
W	definitions	N	C
W	definitive	A	-
W	deflationary	A	-
W	deflect	V	-
W	deflecting	V	-
W	defraud	V	-
W	defrauded	V	-
W	defrauding	V	-
W	defuse	V	-
W	defusing	Nv	E
W	defying	V	-
W	degradation	N	E
W	dehydrated	Va	-
W	delay	nV	T
W	delayed	Va	-
W	delaying	V	-
W	delays	nV	T
W	delegate	nV	P
W	delegates	nV	P
W	delegation	N	G
W	delegations	N	G
W	deleted	V	-
W	delhi	N	L
W	deliberate	vA	-
W	deliberately	R	-
W	deliberation	N	C
W	deliberations	N	C
W	delicate	A	-
W	delighted	Va	-
W	delinquent	Na	P
W	delist	V	-
W	delisted	V	-
W	delisting	V	-
W	deliver	V	-
W	deliverable	Na	A
W	delivered	V	-
W	deliveries	N	E
W	delivering	V	-
W	delivers	V	-
W	delivery	N	E
W	delphi	N	L
W	deluged	V	-
W	deluxe	A	-
W	demand	nV	C
W	demanded	V	-
W	demanding	Va	-
W	demands	nV	C
W	demise	Nv	T
W	democrat	N	P
W	democratic	A	-
W	democratically	R	-
W	democrats	N	P
W	demographic	Na	-
W	demolish	V	-
W	demolished	Va	-
W	demolition	N	E
W	demon	N	P
W	demonic	A	-
W	demonstrable	A	-
W	demonstrate	V	-
W	demonstrated	Va	-
W	demonstrates	V	-
W	demonstrating	V	-
W	demonstration	N	E
W	demonstrations	N	E
W	demonstrators	N	P
W	den	N	L
W	denationalisation	N	E
W	denatured	Va	-
W	denial	N	C
W	denials	N	C
W	denied	V	-
W	denies	V	-
W	denigrated	V	-
W	denim	N	A
W	denmark	N	L
W	denominated	V	-
W	denomination	N	G
W	denominations	N	G
W	denotes	V	-
W	denounced	V	-
W	denouncing	V	-
W	dense	A	-
W	dent	nV	-
W	dental	nA	C
W	denuded	vA	-
W	denver	N	L
W	deny	V	-
W	denying	V	-
W	denys	V	-
W	deodorised	V	-
W	depart	V	-
W	departing	V	-
W	department	N	G
W	departmental	A	-
W	departments	N	G
W	departure	N	E
W	departures	N	E
W	depend	V	-
W	dependable	A	-
W	dependant	Na	P
W	depended	V	-
W	dependent	nA	P
W	dependents	N	P
W	depending	V	-
W	depends	V	-
W	depict	V	-
W	deplete	V	-
W	depleted	vA	-
W	depleting	V	-
W	depletion	N	E
W	deplore	V	-
W	deplored	V	-
W	deploring	V	-
W	deploy	V	-
W	deployed	V	-
W	deploying	V	-
W	deployment	N	E
W	deportation	N	E
W	deportations	N	E
W	deported	V	-
W	deporting	V	-
W	deposed	V	-
W	deposit	nV	-
W	depositary	N	F
W	deposited	V	-
W	depositing	V	-
W	depositor	N	P
W	depositors	N	P
W	depository	N	F
W	deposits	nV	-
W	depot	N	F
W	depots	N	F
W	depreciated	V	-
W	depreciating	Va	-
W	depreciation	N	E
W	depreciations	N	E
W	depress	V	-
W	depressed	Va	-
W	depressing	Va	-
W	deprive	V	-
W	deprived	Va	-
W	depriving	V	-
W	deputies	N	P
W	deputy	N	P
W	derailed	V	-
W	derails	V	-
W	deregulate	V	-
W	deregulated	V	-
W	deregulating	Nv	E
W	deregulation	N	E
W	derivative	Na	-
W	derive	V	-
W	derived	Va	-
W	dermal	A	-
W	dermatologist	N	P
W	derrick	N	F
W	descending	Va	-
W	descent	N	E
W	describe	V	-
W	described	Va	-
W	describes	V	-
W	describing	V	-
W	description	N	C
W	desert	nV	L
W	deserve	V	-
W	deserved	Va	-
W	deserves	V	-
W	design	nV	E
W	designate	Va	-
W	designated	V	-
W	designating	V	-
W	designation	N	C
W	designed	Va	-
W	designer	N	P
W	designers	N	P
W	designing	nVa	E
W	designs	nV	E
W	desirable	A	-
W	desire	Nv	-
W	desired	Va	-
W	desires	Nv	-
W	desk	N	A
W	desks	N	A
W	desktop	N	L
W	despatched	V	-
W	desperate	nA	P
W	desperately	R	-
W	despicable	A	-
W	destabilisation	N	E
W	destabilise	V	-
W	destabilization	N	E
W	destabilize	V	-
W	destabilizing	V	-
W	destination	N	L
W	destinations	N	L
W	destined	Va	-
W	destroy	V	-
W	destroyed	Va	-
W	destroyer	N	V
W	destroyers	N	V
W	destroying	V	-
W	destruction	N	E
W	destructive	A	-
W	detachable	A	-
W	detail	Nv	-
W	detailed	vA	-
W	detailing	nV	C
W	details	Nv	C
W	detained	V	-
W	detainees	N	P
W	detaining	V	-
W	detect	V	-
W	detected	Va	-
W	detecting	nV	E
W	detects	V	-
W	deter	V	-
W	deteriorate	V	-
W	deteriorated	V	-
W	deteriorating	V	-
W	determination	N	E
W	determine	V	-
W	determined	Va	-
W	determines	V	-
W	determining	Va	-
W	deterred	V	-
W	deterrent	Na	-
W	deterring	V	-
W	detonate	V	-
W	detonated	V	-
W	detonating	V	-
W	detracted	V	-
W	detriment	N	E
W	detrimental	A	-
W	detroit	N	L
W	deutschland	N	L
W	devaluation	N	E
W	devaluations	N	E
W	devalue	V	-
W	devalued	Va	-
W	devaluing	V	-
W	devastated	V	-
W	devastating	Va	-
W	develop	V	-
W	developed	Va	-
W	developer	N	P
W	developers	N	P
W	developing	nVa	-
W	development	N	E
W	developmental	A	-
W	developments	N	E
W	develops	V	-
W	deviate	nVa	P
W	deviations	N	E
W	device	N	A
W	devise	nV	-
W	devised	V	-
W	devising	nV	E
W	devon	N	L
W	devote	V	-
W	devoted	Va	-
W	dexter	A	-
W	dhaka	N	L
W	dia	N	G
W	diabetic	Na	P
W	diagnose	V	-
W	diagnosed	V	-
W	diagnosing	nV	E
W	diagnosis	N	E
W	diagnostic	A	-
W	diagonal	nA	-
W	dial	nV	A
W	dialing	V	-
W	dialog	N	C
W	dialogue	N	C
W	dialysis	N	E
W	diametrically	R	-
W	diana	N	P
W	diapers	N	A
W	diary	N	C
W	diaz	N	P
W	dick	N	P
W	dickey	Na	A
W	dictaphone	N	A
W	dictate	nV	C
W	dictated	Va	-
W	dictates	nV	C
W	dictating	V	-
W	dictator	N	P
W	dictators	N	P
W	dictatorship	N	G
W	did	V	-
W	die	nV	A
W	died	V	-
W	diehards	N	P
W	dies	nV	A
W	diesel	N	P
W	diet	Nv	-
W	dieter	N	P
W	differ	V	-
W	differed	V	-
W	different	A	-
W	differential	Na	-
W	differentiating	V	-
W	differently	R	-
W	differing	V	-
W	differs	V	-
W	difficult	A	-
W	difficulties	N	E
W	difficulty	N	E
W	dig	nV	L
W	digest	nV	C
W	digesting	V	-
W	digging	nV	E
W	digital	A	-
W	digitizing	V	-
W	digoxin	N	A
W	digress	V	-
W	dilute	Va	-
W	diluted	Va	-
W	diluting	V	-
W	dim	vA	-
W	dimensional	A	-
W	dimensions	Nv	-
W	diminish	V	-
W	diminished	Va	-
W	diminishing	Va	-
W	dimmed	Va	-
W	din	Nv	E
W	dip	nV	-
W	diplomacy	N	C
W	diplomat	N	P
W	diplomatic	A	-
W	diplomats	N	P
W	dipped	Va	-
W	dipping	V	-
W	dire	A	-
W	direct	Var	-
W	directed	Va	-
W	directing	Va	-
W	direction	N	L
W	directions	N	L
W	directive	Na	C
W	directives	N	C
W	directly	R	-
W	director	N	P
W	directorate	N	G
W	directories	N	C
W	directors	N	P
W	directorship	N	E
W	directory	N	C
W	dirty	vA	-
W	dis	N	P
W	disabled	nvA	G
W	disadvantage	Nv	-
W	disadvantaged	Va	-
W	disadvantages	Nv	-
W	disagree	V	-
W	disagreed	V	-
W	disagrees	V	-
W	disallow	V	-
W	disallowed	V	-
W	disappear	V	-
W	disappearance	N	E
W	disappeared	V	-
W	disappearing	nV	E
W	disappears	V	-
W	disappoint	V	-
W	disappointed	Va	-
W	disappointing	Va	-
W	disappointingly	R	-
W	disapprove	V	-
W	disapproved	V	-
W	disarmament	N	E
W	disarray	Nv	-
W	disastrous	A	-
W	disavowed	V	-
W	disbanded	V	-
W	disburse	V	-
W	disbursed	V	-
W	disbursing	V	-
W	disc	N	A
W	discard	nV	-
W	discarded	Va	-
W	discharge	Nv	E
W	discharged	Va	-
W	discharges	Nv	E
W	discharging	V	-
W	disciple	N	P
W	disciplinary	A	-
W	discipline	Nv	-
W	disciplined	vA	-
W	disclaimed	V	-
W	disclose	V	-
W	disclosed	Va	-
W	disclosing	V	-
W	disclosure	N	C
W	disclosures	N	C
W	discontent	Nva	-
W	discontinuance	N	E
W	discontinue	V	-
W	discontinued	Va	-
W	discontinuing	V	-
W	discord	Nv	-
W	discount	nV	E
W	discounted	V	-
W	discounting	V	-
W	discounts	nV	E
W	discourage	V	-
W	discouraged	Va	-
W	discouraging	Va	-
W	discover	V	-
W	discovered	Va	-
W	discoveries	N	E
W	discovery	N	E
W	discredit	Nv	-
W	discredited	Va	-
W	discreet	A	-
W	discreetly	R	-
W	discretionary	A	-
W	discriminate	Va	-
W	discriminated	V	-
W	discriminates	V	-
W	discrimination	N	E
W	discriminatory	A	-
W	discs	N	A
W	discuss	nV	E
W	discussed	V	-
W	discusses	V	-
W	discussing	V	-
W	discussion	N	C
W	discussions	N	C
W	disenchanted	Va	-
W	disenfranchised	Va	-
W	disgruntled	Va	-
W	disguise	Nv	-
W	disguised	vA	-
W	dishonest	A	-
W	disinfecting	V	-
W	disinfection	N	E
W	disinformation	N	C
W	disinvestment	N	E
W	disk	Nv	-
W	diskette	N	A
W	diskettes	N	A
W	disks	Nv	-
W	dislike	nV	-
W	dislikes	nV	-
W	dislocating	V	-
W	dislocation	N	E
W	dislocations	N	E
W	dislodge	V	-
W	dislodging	V	-
W	dismal	A	-
W	dismantle	V	-
W	dismantled	Va	-
W	dismantling	Nv	E
W	dismay	Nv	-
W	dismayed	vA	-
W	dismiss	V	-
W	dismissal	N	E
W	dismissed	Va	-
W	dismissing	V	-
W	dismissive	A	-
W	disney	N	P
W	disneyland	N	L
W	disorder	Nv	-
W	disorders	Nv	-
W	dispatched	V	-
W	dispatcher	N	P
W	dispatching	V	-
W	dispel	V	-
W	dispensed	Va	-
W	dispensers	N	A
W	disperse	V	-
W	displace	V	-
W	displaced	V	-
W	displacement	N	E
W	display	nV	C
W	displayed	V	-
W	displays	nV	C
W	disposable	Na	A
W	dispose	V	-
W	disposed	Va	-
W	disposing	V	-
W	disproportionate	A	-
W	dispute	nV	C
W	disputed	Va	-
W	disputes	nV	C
W	disqualified	Va	-
W	disqualify	V	-
W	disregard	nV	-
W	disregarded	Va	-
W	disrespect	Nv	C
W	disrupt	V	-
W	disrupted	Va	-
W	disrupting	V	-
W	disruption	N	E
W	disruptions	N	E
W	disruptive	A	-
W	dissatisfied	vA	-
W	disseminated	V	-
W	disseminating	V	-
W	dissemination	N	C
W	dissent	Nv	C
W	dissenting	Va	-
W	disservice	N	E
W	dissident	Na	P
W	dissidents	N	P
W	dissipated	Va	-
W	dissolve	nV	C
W	dissolved	Va	-
W	dissolving	nV	-
W	dissuade	V	-
W	distance	Nv	-
W	distanced	V	-
W	distancing	V	-
W	distant	A	-
W	distilled	V	-
W	distiller	N	P
W	distilleries	N	F
W	distillers	N	P
W	distilling	V	-
W	distinct	A	-
W	distinctive	A	-
W	distinctly	R	-
W	distinguished	Va	-
W	distort	V	-
W	distorted	Va	-
W	distorting	V	-
W	distortion	N	E
W	distortions	N	E
W	distract	V	-
W	distress	Nv	-
W	distressed	vA	-
W	distressing	vA	-
W	distribute	V	-
W	distributed	Va	-
W	distributes	V	-
W	distributing	V	-
W	distributive	A	-
W	distributor	N	P
W	distributors	N	P
W	district	Nv	L
W	districts	Nv	L
W	distrust	nV	-
W	disturbance	N	E
W	disturbances	N	E
W	disturbed	Va	-
W	disturbing	Va	-
W	disused	A	-
W	ditch	Nv	A
W	ditching	V	-
W	diuretic	N	A
W	dive	Nv	P
W	dived	V	-
W	divergence	N	E
W	diverging	Va	-
W	divers	Na	P
W	diverse	A	-
W	diversification	N	E
W	diversified	vA	-
W	diversify	V	-
W	diversifying	V	-
W	diversion	N	E
W	divert	V	-
W	diverted	Va	-
W	diverting	Va	-
W	divest	V	-
W	divested	V	-
W	divesting	V	-
W	divestiture	N	C
W	divestitures	N	C
W	divide	nV	-
W	divided	Va	-
W	divides	nV	-
W	dividing	V	-
W	division	N	G
W	divisional	A	-
W	divisions	N	G
W	divisive	A	-
W	divulge	V	-
W	divulged	V	-
W	dixie	N	L
W	dj	Nv	P
W	djibouti	N	L
W	dmz	N	L
W	do	nV	E
W	do-it-yourself	A	-
W	doable	A	-
W	dock	Nv	F
W	dockers	N	P
W	docks	Nv	F
W	dockworkers	N	P
W	dockyard	N	L
W	docs	N	P
W	doctor	Nv	P
W	doctors	Nv	P
W	document	Nv	C
W	documentary	Na	C
W	documentation	N	C
W	documented	Va	-
W	documents	Nv	C
W	dod	N	G
W	dodge	nV	-
W	doe	N	G
W	does	nV	G
W	dog	Nv	-
W	dogged	Va	-
W	dogging	Va	-
W	dogmatic	A	-
W	dogs	Nv	-
W	doha	N	L
W	doi	N	G
W	doing	V	-
W	doj	N	G
W	domestic	nA	P
W	domestically	R	-
W	domicile	Nv	L
W	dominant	nA	C
W	dominate	V	-
W	dominated	Va	-
W	dominates	V	-
W	dominating	Va	-
W	domination	N	E
W	domingo	N	P
W	dominican	Na	P
W	domino	N	P
W	don	nV	P
W	donate	V	-
W	donated	V	-
W	donating	V	-
W	donbas	N	L
W	donbass	N	L
W	done	Va	-
W	donetsk	N	L
W	dong	Nv	-
W	donna	N	P
W	donor	N	P
W	donors	N	P
W	doom	nV	E
W	doomed	nVa	G
W	door	N	F
W	door-to-door	A	-
W	doors	N	F
W	doorstep	N	A
W	doping	V	-
W	dormant	A	-
W	dos	nV	G
W	dose	Nv	A
W	doses	Nv	A
W	dot	Nv	-
W	dots	Nv	-
W	dotted	Va	-
W	double	nVar	E
W	doubled	Va	-
W	doubles	nV	E
W	doubling	nV	-
W	doubt	Nv	-
W	doubted	V	-
W	doubtful	A	-
W	doubts	Nv	-
W	douglas	N	P
W	dove	nV	-
W	dover	N	L
W	down	nvaR	-
W	downed	V	-
W	downgrade	nV	-
W	downgraded	V	-
W	downgrades	nV	-
W	downgrading	V	-
W	downing	nV	P
W	downplayed	V	-
W	downright	aR	-
W	downs	nV	-
W	downsize	V	-
W	downsizing	Nv	E
W	downstream	aR	-
W	downswing	N	E
W	downtime	N	T
W	downtown	nAr	L
W	downturn	N	E
W	downturns	N	E
W	downward	Ar	-
W	downwardly	R	-
W	downwards	R	-
W	dozen	Na	-
W	dp	N	P
W	dps	N	P
W	draconian	A	-
W	draft	nV	-
W	drafted	V	-
W	drafting	nV	E
W	drag	nV	-
W	dragged	V	-
W	dragging	Va	-
W	dragnet	N	G
W	dragon	N	P
W	drain	nV	E
W	drained	Va	-
W	draining	Va	-
W	drains	nV	E
W	drake	N	P
W	drama	N	C
W	dramatic	A	-
W	dramatically	R	-
W	drastic	A	-
W	drastically	R	-
W	draw	nV	-
W	drawing	nV	C
W	drawings	N	C
W	drawn	Va	-
W	draws	nV	-
W	dream	Nv	-
W	dredging	V	-
W	dress	nVa	A
W	dressed	Va	-
W	dresser	Na	A
W	dressing	nV	-
W	drew	nV	P
W	dreyfus	N	P
W	dried	Va	-
W	drier	nA	-
W	dries	nV	P
W	drift	nV	-
W	drifted	V	-
W	drifting	nVa	E
W	drifts	nV	-
W	drill	nV	A
W	drilled	Va	-
W	drilling	nV	E
W	drills	nV	A
W	drink	nV	-
W	drinking	nV	E
W	drinks	nV	-
W	drive	nV	E
W	driven	Va	-
W	driver	N	P
W	drivers	N	P
W	drives	nV	E
W	driving	nVa	E
W	drone	Nv	-
W	drones	Nv	-
W	drop	nV	-
W	dropped	V	-
W	dropping	Va	-
W	drops	nV	-
W	drove	nV	G
W	drowned	V	-
W	drug	Nv	A
W	drug-free	A	-
W	drugs	Nv	A
W	drugstores	N	F
W	drum	Nv	A
W	drums	Nv	A
W	dry	nVa	P
W	dryden	N	P
W	dryers	N	A
W	drying	V	-
W	dual	A	-
W	dub	nV	-
W	dubai	N	L
W	dubbed	V	-
W	dubious	A	-
W	dublin	N	L
W	dubuque	N	L
W	duck	nV	-
W	due	nAr	-
W	dug	nV	-
W	duke	N	P
W	dull	vA	-
W	dulles	nV	P
W	duluth	N	L
W	duly	R	-
W	dumas	N	P
W	dumb	A	-
W	dummy	Nva	P
W	dump	nV	-
W	dumped	V	-
W	dumping	nV	E
W	dun	Nva	-
W	duncan	N	P
W	duplicate	nVa	A
W	duplicates	nV	A
W	duplication	N	A
W	durable	A	-
W	durables	N	A
W	durant	N	P
W	duration	N	T
W	durham	N	L
W	dusseldorf	N	L
W	dust	Nv	-
W	dutch	nA	P
W	duties	N	E
W	duty	N	E
W	duty-free	A	-
W	duvalier	N	P
W	dwarfs	nV	P
W	dwindling	nVa	E
W	dyer	N	P
W	dyes	nV	-
W	dying	nVa	T
W	dyke	Nv	P
W	dynamic	nA	-
W	dynamite	Nv	A
W	dynasty	N	G
W	ea	N	P
W	each	Ar	-
W	eager	nA	E
W	eagerly	R	-
W	eagle	Nv	-
W	earl	N	P
W	earlier	Ar	-
W	earliest	Ar	-
W	early	Ar	-
W	earmark	Nv	C
W	earmarked	V	-
W	earn	V	-
W	earned	Va	-
W	earner	N	P
W	earners	N	P
W	earnest	nA	-
W	earning	V	-
W	earns	V	-
W	earth	Nv	-
W	earthquake	N	E
W	earthquakes	N	E
W	ease	nV	-
W	eased	Va	-
W	easier	A	-
W	easiest	A	-
W	easily	R	-
W	easing	nV	E
W	east	Nar	-
W	easter	nA	T
W	eastern	A	-
W	eastman	N	P
W	eastward	nAr	-
W	easy	Ar	-
W	eat	V	-
W	eaten	V	-
W	eating	nV	E
W	eavesdropping	V	-
W	ebb	nV	-
W	ebullient	A	-
W	ec	N	G
W	echo	nV	-
W	echoed	V	-
W	echoes	nV	-
W	echoing	Va	-
W	echos	nV	-
W	eclipse	Nv	E
W	eclipsed	V	-
W	eclipsing	V	-
W	ecologists	N	P
W	economic	A	-
W	economical	A	-
W	economically	R	-
W	economies	N	G
W	economist	N	P
W	economists	N	P
W	economy	N	G
W	ecuador	N	L
W	ecuadoran	N	P
W	ecuadorian	Na	P
W	eden	N	L
W	edgar	N	P
W	edge	Nv	L
W	edged	vA	-
W	edging	nV	A
W	edible	Na	-
W	edinburgh	N	L
W	edison	N	P
W	edited	Va	-
W	editing	nV	C
W	edition	N	C
W	editions	N	C
W	editor	N	P
W	editorial	Na	C
W	editors	N	P
W	edmonton	N	L
W	edo	N	P
W	eds	N	A
W	educate	V	-
W	educated	Va	-
W	education	N	E
W	educational	A	-
W	educations	N	E
W	educators	N	P
W	edward	N	P
W	edwards	N	P
W	edwin	N	P
W	eec	N	G
W	effect	Nv	-
W	effected	Va	-
W	effecting	V	-
W	effective	A	-
W	effectively	R	-
W	effects	Nv	-
W	efficient	A	-
W	efficiently	R	-
W	effigies	N	A
W	effort	N	E
W	efforts	N	E
W	egg	Nv	-
W	eggs	Nv	-
W	egregious	A	-
W	egress	Nv	E
W	egypt	N	L
W	egyptian	Na	P
W	eiffel	N	P
W	eight	nA	-
W	eighth	nA	-
W	eighty	nA	-
W	eighty-one	A	-
W	eisenhower	N	P
W	either	R	-
W	ejected	V	-
W	elaborate	vA	-
W	elaborating	V	-
W	elapsed	Va	-
W	elderly	nA	G
W	elders	N	P
W	elect	nVa	G
W	elected	Va	-
W	electing	V	-
W	election	N	E
W	elections	N	E
W	electoral	A	-
W	electorate	N	G
W	electric	nA	V
W	electrical	A	-
W	electrics	N	V
W	electrolytic	Na	A
W	electromagnetic	A	-
W	electromechanical	A	-
W	electronic	A	-
W	electronically	R	-
W	elects	nV	G
W	elevate	V	-
W	elevated	nVa	A
W	elevator	N	A
W	elevators	N	A
W	eleven	nA	-
W	eleventh	nA	-
W	elf	N	P
W	elias	N	P
W	eligible	A	-
W	elijah	N	P
W	eliminate	V	-
W	eliminated	V	-
W	eliminates	V	-
W	eliminating	V	-
W	elimination	N	E
W	eliminations	N	E
W	elite	Na	G
W	elizabeth	N	P
W	ellis	N	P
W	ellison	N	P
W	eln	N	G
W	elsewhere	R	-
W	email	Nv	C
W	emailed	V	-
W	emailing	V	-
W	emails	Nv	C
W	emanating	V	-
W	embargo	Nv	C
W	embargoes	Nv	C
W	embark	V	-
W	embarked	V	-
W	embarking	V	-
W	embarrassed	Va	-
W	embarrassing	vA	-
W	embassies	N	F
W	embassy	N	F
W	embattled	Va	-
W	embedded	Va	-
W	embezzlement	N	E
W	embodied	Va	-
W	embodies	V	-
W	emboldened	Va	-
W	embrace	nV	E
W	embraced	V	-
W	embracing	nV	E
W	embroil	V	-
W	embroiled	Va	-
W	emerge	V	-
W	emerged	V	-
W	emergence	N	E
W	emergencies	N	E
W	emergency	N	E
W	emerges	V	-
W	emerging	Va	-
W	emeritus	nA	P
W	emerson	N	P
W	emigration	N	E
W	emirate	N	L
W	emirates	N	L
W	emission	N	E
W	emissions	N	E
W	emitter	N	A
W	emotional	A	-
W	emotionally	R	-
W	emperor	N	P
W	emphasise	V	-
W	emphasised	Va	-
W	emphasises	Nv	-
W	emphasising	V	-
W	emphasize	V	-
W	emphasized	Va	-
W	emphasizes	V	-
W	emphasizing	nV	E
W	empire	N	L
W	employ	nV	-
W	employed	Va	-
W	employee	N	P
W	employees	N	P
W	employer	N	P
W	employers	N	P
W	employes	V	-
W	employing	V	-
W	employs	nV	-
W	empower	V	-
W	empowered	Va	-
W	empowering	V	-
W	emptied	V	-
W	empty	nvA	A
W	empty-handed	A	-
W	emulate	V	-
W	enable	V	-
W	enabled	V	-
W	enables	V	-
W	enabling	Va	-
W	enact	V	-
W	enacted	V	-
W	enacting	V	-
W	enactment	N	E
W	encampments	N	L
W	encapsulating	V	-
W	encircled	Va	-
W	enclave	N	L
W	encompass	V	-
W	encompassed	V	-
W	encore	Nv	E
W	encounter	nV	E
W	encountered	V	-
W	encountering	V	-
W	encounters	nV	E
W	encourage	V	-
W	encouraged	Va	-
W	encouragement	N	C
W	encourages	V	-
W	encouraging	Va	-
W	encroachments	N	E
W	encrypted	V	-
W	encyclopedia	N	C
W	end	Nv	L
W	endanger	V	-
W	endangered	Va	-
W	endangering	V	-
W	endangers	V	-
W	endeavour	Nv	E
W	endeavours	Nv	E
W	ended	Va	-
W	endemic	Na	-
W	ending	nV	C
W	endless	A	-
W	endorse	V	-
W	endorsed	V	-
W	endorsement	N	C
W	endorsements	N	C
W	endorses	V	-
W	endorsing	V	-
W	ends	Nv	L
W	endure	V	-
W	endured	V	-
W	enemies	N	G
W	enemy	N	G
W	energetic	A	-
W	enforce	V	-
W	enforced	Va	-
W	enforcement	N	E
W	enforces	V	-
W	enforcing	V	-
W	engage	V	-
W	engaged	Va	-
W	engagement	N	E
W	engaging	Va	-
W	engendered	V	-
W	engine	N	A
W	engineer	Nv	P
W	engineered	V	-
W	engineering	Nv	E
W	engineers	Nv	P
W	engines	N	A
W	england	N	L
W	english	nA	C
W	enhance	V	-
W	enhanced	Va	-
W	enhancement	N	E
W	enhancements	N	E
W	enhances	V	-
W	enhancing	V	-
W	enjoin	V	-
W	enjoined	V	-
W	enjoining	nV	C
W	enjoy	V	-
W	enjoyed	V	-
W	enjoying	V	-
W	enjoys	V	-
W	enlarge	V	-
W	enlarged	Va	-
W	enlargement	N	E
W	enlist	V	-
W	enlisting	nV	E
W	enormous	A	-
W	enormously	R	-
W	enough	naR	-
W	enquire	V	-
W	enquiries	N	C
W	enquiry	N	C
W	enraged	vA	-
W	enriched	V	-
W	enrichment	N	E
W	enroll	V	-
W	enrolled	V	-
W	enrolling	V	-
W	enrollment	N	E
W	ensued	V	-
W	ensuing	Va	-
W	ensure	V	-
W	ensured	V	-
W	ensuring	V	-
W	entail	nV	-
W	entailed	V	-
W	entailing	V	-
W	entails	nV	-
W	entangled	vA	-
W	entanglements	N	A
W	enter	V	-
W	entered	V	-
W	entering	nV	E
W	enterprise	N	E
W	enterprises	N	E
W	enters	V	-
W	entertain	V	-
W	entertaining	Va	-
W	entertainment	N	E
W	enthusiastic	A	-
W	entice	V	-
W	enticed	V	-
W	entire	nA	-
W	entirely	R	-
W	entitle	V	-
W	entitled	Va	-
W	entitles	V	-
W	entitling	V	-
W	entourage	N	G
W	entrance	Nv	A
W	entrant	N	A
W	entrants	N	A
W	entrenched	Va	-
W	entrepreneur	N	P
W	entrepreneurial	A	-
W	entrepreneurs	N	P
W	entries	N	C
W	entry	N	C
W	environmental	A	-
W	environmentalists	N	P
W	environmentally	R	-
W	envisage	V	-
W	envisaged	V	-
W	envisages	V	-
W	envision	V	-
W	envisioned	Va	-
W	envoy	N	P
W	envoys	N	P
W	envy	nV	-
W	epa	N	G
W	epic	Na	C
W	epicenter	N	L
W	epicentre	N	L
W	epidemic	Na	E
W	episode	N	E
W	episodes	N	E
W	epithelial	A	-
W	eprom	N	A
W	epsilon	N	C
W	epstein	N	P
W	equal	nvA	P
W	equaled	V	-
W	equalisation	N	E
W	equalled	V	-
W	equalling	V	-
W	equally	R	-
W	equals	nV	P
W	equation	N	C
W	equatorial	Na	A
W	equine	Na	-
W	equinox	N	T
W	equip	V	-
W	equipment	N	A
W	equipped	Va	-
W	equitable	A	-
W	equivalent	Na	-
W	era	N	T
W	eradicate	V	-
W	eradicated	V	-
W	eradication	N	E
W	erasable	A	-
W	erased	V	-
W	erasing	V	-
W	erect	Va	-
W	erected	V	-
W	erecting	nV	E
W	erie	N	P
W	ernst	N	P
W	erode	V	-
W	eroded	Va	-
W	erodes	V	-
W	eroding	nV	-
W	erratic	A	-
W	erratically	R	-
W	erred	V	-
W	erring	Va	-
W	error	N	E
W	errors	N	E
W	erupt	V	-
W	erupted	V	-
W	erupting	V	-
W	escalate	V	-
W	escalated	V	-
W	escalating	V	-
W	escalation	N	E
W	escape	nV	E
W	escaped	Va	-
W	eschew	V	-
W	escort	nV	P
W	escorted	V	-
W	escorting	V	-
W	escorts	nV	P
W	esm	N	E
W	espana	N	L
W	especially	R	-
W	espionage	N	E
W	esplanade	N	A
W	essay	Nv	C
W	essen	N	L
W	essential	nA	-
W	essentially	R	-
W	essex	N	L
W	est	N	T
W	establish	V	-
W	established	Va	-
W	establishes	V	-
W	establishing	V	-
W	establishment	N	E
W	esteemed	Va	-
W	estimate	nV	-
W	estimated	V	-
W	estimates	nV	-
W	estimating	V	-
W	eta	N	G
W	ethernet	N	A
W	ethical	A	-
W	ethicists	N	P
W	ethiopia	N	L
W	ethiopian	Na	P
W	ethnic	nA	P
W	ethnically	R	-
W	eugene	N	P
W	european	nA	P
W	europeans	N	P
W	evacuate	V	-
W	evacuated	V	-
W	evacuating	V	-
W	evacuation	N	E
W	evacuations	N	E
W	evade	V	-
W	evaded	V	-
W	evading	V	-
W	evaluate	V	-
W	evaluated	V	-
W	evaluates	V	-
W	evaluating	V	-
W	evaluation	N	E
W	evaluations	N	E
W	evans	N	P
W	evansville	N	L
W	evaporated	Va	-
W	evasion	N	C
W	eve	N	P
W	even	nvaR	T
W	evened	V	-
W	evening	Nv	T
W	evenly	R	-
W	eventual	A	-
W	eventualities	N	E
W	eventually	R	-
W	ever	R	-
W	evergreen	Na	-
W	every	A	-
W	everywhere	R	-
W	evicted	V	-
W	evidence	Nv	-
W	evidenced	Va	-
W	evidencing	V	-
W	evident	A	-
W	evidently	R	-
W	evil	Na	E
W	evisceration	N	E
W	evolutionary	A	-
W	evolved	V	-
W	evolving	V	-
W	ex	nA	P
W	exacerbate	V	-
W	exacerbated	V	-
W	exacerbating	Va	-
W	exact	vA	-
W	exacting	Va	-
W	exactly	R	-
W	exaggerated	Va	-
W	examination	N	E
W	examinations	N	E
W	examine	V	-
W	examined	V	-
W	examiner	N	P
W	examiners	N	P
W	examines	V	-
W	examining	V	-
W	exceed	V	-
W	exceeded	V	-
W	exceeding	Va	-
W	exceedingly	R	-
W	exceeds	V	-
W	excel	V	-
W	excellent	A	-
W	except	V	-
W	exceptional	A	-
W	exceptionally	R	-
W	excerpts	Nv	C
W	excess	Na	-
W	excessive	A	-
W	excessively	R	-
W	exchange	Nv	-
W	exchangeable	A	-
W	exchanged	Va	-
W	exchangers	N	P
W	exchanges	Nv	-
W	exchanging	V	-
W	excise	nV	-
W	excited	Va	-
W	exciting	vA	-
W	exclude	V	-
W	excluded	V	-
W	excludes	V	-
W	excluding	V	-
W	exclusive	nA	C
W	exclusively	R	-
W	excuse	Nv	C
W	excused	Va	-
W	excuses	Nv	C
W	execute	V	-
W	executed	Va	-
W	executing	nV	E
W	execution	N	E
W	executive	Na	P
W	executives	N	P
W	exemplified	V	-
W	exempt	vA	-
W	exempted	V	-
W	exempting	V	-
W	exercise	Nv	E
W	exercised	V	-
W	exercises	Nv	E
W	exercising	nV	E
W	exert	V	-
W	exerted	V	-
W	exerting	V	-
W	exhaust	nV	-
W	exhausted	Va	-
W	exhausting	Va	-
W	exhibit	nV	C
W	exhibited	V	-
W	exhibition	N	E
W	exile	nV	P
W	exist	V	-
W	existed	V	-
W	existing	Va	-
W	exists	V	-
W	exit	Nv	A
W	exited	V	-
W	exodus	N	E
W	expand	V	-
W	expandable	A	-
W	expanded	Va	-
W	expanding	V	-
W	expands	V	-
W	expansion	N	E
W	expansionist	A	-
W	expansions	N	E
W	expansive	A	-
W	expatriate	Nv	P
W	expatriates	Nv	P
W	expect	V	-
W	expected	Va	-
W	expecting	V	-
W	expects	V	-
W	expedite	V	-
W	expedited	V	-
W	expedition	N	E
W	expeditious	A	-
W	expeditiously	R	-
W	expelled	V	-
W	expended	V	-
W	expense	Nv	-
W	expenses	Nv	-
W	expensing	V	-
W	expensive	A	-
W	experience	Nv	-
W	experienced	Va	-
W	experiences	Nv	-
W	experiencing	V	-
W	experiment	Nv	E
W	experimental	A	-
W	experimenting	V	-
W	experiments	Nv	E
W	expert	Na	P
W	experts	N	P
W	expiration	N	T
W	expirations	N	T
W	expire	V	-
W	expired	Va	-
W	expires	V	-
W	expiring	V	-
W	expiry	N	T
W	explain	V	-
W	explained	V	-
W	explaining	V	-
W	explains	V	-
W	explanation	N	C
W	explanations	N	C
W	expletive	N	C
W	explicit	A	-
W	explicitly	R	-
W	exploded	Va	-
W	exploding	V	-
W	exploit	nV	E
W	exploitation	N	E
W	exploited	Va	-
W	exploiting	V	-
W	exploits	nV	E
W	exploration	N	E
W	explorations	N	E
W	exploratory	A	-
W	explore	V	-
W	explored	V	-
W	explorer	N	P
W	explores	V	-
W	exploring	V	-
W	explosion	N	E
W	explosions	N	E
W	explosive	nA	A
W	explosively	R	-
W	explosives	N	A
W	expo	N	G
W	export	nV	A
W	exportable	A	-
W	exported	V	-
W	exporter	N	P
W	exporters	N	P
W	exporting	nV	E
W	exports	nV	A
W	expose	nV	C
W	exposed	Va	-
W	exposes	nV	C
W	exposing	V	-
W	express	nVar	C
W	expressed	Va	-
W	expressing	V	-
W	expressly	R	-
W	expropriate	V	-
W	expulsion	N	E
W	extend	V	-
W	extendable	A	-
W	extended	Va	-
W	extendible	A	-
W	extending	V	-
W	extends	V	-
W	extension	N	T
W	extensions	N	T
W	extensive	A	-
W	extensively	R	-
W	exterminated	Va	-
W	external	nA	-
W	extinguished	Va	-
W	extorting	V	-
W	extra	nAr	P
W	extract	nV	-
W	extracted	V	-
W	extracting	V	-
W	extractor	N	A
W	extracts	nV	-
W	extradited	V	-
W	extradition	N	E
W	extraordinarily	R	-
W	extraordinary	A	-
W	extras	N	P
W	extravagant	A	-
W	extreme	nA	-
W	extremely	R	-
W	extremist	Na	P
W	extremists	N	P
W	extricate	V	-
W	extrication	N	E
W	extruded	V	-
W	eye	Nv	-
W	eyeglass	N	A
W	eyeing	V	-
W	eyes	Nv	-
W	eyewitness	Nv	P
W	eyewitnesses	Nv	P
W	fa	N	C
W	faa	N	G
W	faber	A	-
W	faberge	N	P
W	fabric	N	A
W	fabricate	V	-
W	fabricated	Va	-
W	fabricating	V	-
W	fabrication	N	C
W	fabricator	N	P
W	fabrics	N	A
W	face	Nv	-
W	faced	Va	-
W	faces	Nv	-
W	facilitate	V	-
W	facilitated	V	-
W	facilitating	V	-
W	facilities	N	F
W	facility	N	F
W	facing	nV	A
W	facsimile	Nv	A
W	facsimiles	Nv	A
W	fact-finding	A	-
W	faction	N	G
W	factions	N	G
W	factor	Nv	E
W	factored	V	-
W	factories	N	F
W	factoring	nV	-
W	factors	Nv	E
W	factory	N	F
W	factual	A	-
W	fade	nV	E
W	faded	Va	-
W	fading	nV	E
W	fahd	N	P
W	fahrenheit	Na	P
W	fail	V	-
W	fail-safe	Na	A
W	failed	V	-
W	failing	nVa	-
W	fails	V	-
W	failure	N	E
W	failures	N	E
W	fair	nvAr	E
W	fairbanks	N	P
W	fairer	A	-
W	fairly	R	-
W	fairs	Nv	E
W	faisal	N	P
W	faithful	nA	G
W	faithfully	R	-
W	fake	nvA	A
W	faked	V	-
W	falcon	Nv	-
W	fall	nV	T
W	fallen	Va	-
W	falling	Va	-
W	fallow	nA	-
W	falls	nV	-
W	false	Ar	-
W	falsely	R	-
W	falsified	V	-
W	falsifying	nV	E
W	falter	nV	E
W	faltered	V	-
W	faltering	nVa	E
W	famed	A	-
W	familiar	nA	P
W	families	N	G
W	family	N	G
W	famous	A	-
W	fan	Nv	A
W	fancy	nVa	-
W	fanned	Va	-
W	fanning	V	-
W	fans	Nv	A
W	fantasies	Nv	-
W	fantastic	A	-
W	fantasy	Nv	-
W	fao	N	G
W	faq	N	C
W	far	naR	G
W	faraway	A	-
W	fare	Nv	-
W	fared	V	-
W	fares	Nv	-
W	farewell	N	C
W	fargo	N	L
W	farm	Nv	A
W	farmer	N	P
W	farmers	N	P
W	farming	Nva	E
W	farmland	N	L
W	farmlands	N	L
W	farms	Nv	A
W	farrell	N	P
W	farrowing	Nv	-
W	farther	aR	-
W	fashion	Nv	-
W	fashionable	A	-
W	fashions	Nv	-
W	fast	nvAr	E
W	fast-growing	A	-
W	faster	Ar	-
W	fastest	Ar	-
W	fasting	Nv	E
W	fat	nvA	-
W	fatal	A	-
W	fatalities	N	E
W	fatally	R	-
W	fate	Nv	E
W	father	Nv	P
W	fathers	Nv	P
W	fatigue	Nv	-
W	fats	Nv	-
W	fatty	nA	P
W	fault	Nv	E
W	faulted	V	-
W	faulty	A	-
W	favor	nV	E
W	favorable	A	-
W	favorably	R	-
W	favored	Va	-
W	favorite	Na	-
W	favors	nV	E
W	favour	Nv	-
W	favourable	A	-
W	favourably	R	-
W	favoured	V	-
W	favouring	V	-
W	favourite	Na	P
W	favours	Nv	-
W	fax	Nv	A
W	fbi	N	G
W	fcc	N	G
W	fcs	N	G
W	fda	N	G
W	fdic	N	G
W	fear	Nv	-
W	feared	V	-
W	fearing	V	-
W	fears	Nv	-
W	feasible	A	-
W	feather	Nv	-
W	feature	Nv	-
W	featured	Va	-
W	featureless	A	-
W	features	Nv	-
W	featuring	V	-
W	feb	N	T
W	february	N	T
W	fecal	A	-
W	fed	nV	P
W	federal	nA	P
W	federally	R	-
W	federated	Va	-
W	federation	N	G
W	federations	N	G
W	fee	Nv	-
W	feed	nV	-
W	feeding	nV	E
W	feedlot	N	F
W	feedlots	N	F
W	feeds	nV	-
W	feel	nV	-
W	feeling	nV	-
W	feels	nV	-
W	fees	Nv	-
W	fell	nVa	-
W	fellow	N	P
W	felony	N	E
W	felt	nV	A
W	fema	N	G
W	female	Na	-
W	feminist	Na	P
W	fence	Nv	F
W	fencing	Nv	F
W	fend	V	-
W	ferdinand	N	P
W	ferries	nV	V
W	ferry	nV	V
W	fertile	A	-
W	fertility	N	T
W	festival	N	T
W	festivities	N	E
W	fetch	nV	E
W	fetched	V	-
W	feted	V	-
W	feuding	V	-
W	feverish	A	-
W	few	nA	G
W	fewer	A	-
W	fewest	A	-
W	fhlmc	N	G
W	fiat	N	C
W	fiber-optic	A	-
W	fiction	N	C
W	fiddling	Va	-
W	fiduciary	Na	P
W	field	Nv	L
W	fielder	N	P
W	fields	Nv	P
W	fieldwork	N	F
W	fierce	A	-
W	fiercely	R	-
W	fiercer	A	-
W	fifo	N	E
W	fifteen	nA	-
W	fifth	nA	-
W	fifty	nA	-
W	fight	nV	E
W	fighter	N	P
W	fighters	N	P
W	fighting	nVa	E
W	fights	nV	E
W	figure	Nv	C
W	figured	Va	-
W	figurehead	N	P
W	figures	Nv	C
W	figuring	nV	-
W	fiji	N	L
W	file	nV	C
W	filed	V	-
W	files	nV	C
W	filibuster	Nv	P
W	filing	nV	C
W	filings	N	C
W	filipino	Na	P
W	filipinos	N	P
W	fill	nV	-
W	filled	Va	-
W	filling	nV	-
W	film	Nv	C
W	filmed	Va	-
W	films	Nv	C
W	filter	nV	A
W	filtered	V	-
W	filtering	V	-
W	filters	nV	A
W	fin	Nv	-
W	final	nA	E
W	finalise	V	-
W	finalised	V	-
W	finalising	V	-
W	finalization	N	E
W	finalize	V	-
W	finalized	V	-
W	finalizing	V	-
W	finally	R	-
W	finance	nV	E
W	financed	V	-
W	finances	nV	-
W	financial	A	-
W	financially	R	-
W	financier	Nv	P
W	financiers	Nv	P
W	financing	nV	E
W	financings	N	E
W	find	nV	-
W	finding	nV	E
W	findings	N	G
W	finds	nV	-
W	fine	nvAr	-
W	fined	V	-
W	finely	R	-
W	finer	A	-
W	fines	nV	-
W	finest	A	-
W	finger	Nv	-
W	fingerprinting	Nv	E
W	fingers	Nv	-
W	finish	nV	-
W	finished	Va	-
W	finishes	nV	-
W	finishing	nV	-
W	finland	N	L
W	finnish	Na	C
W	fire	Nv	E
W	firearms	N	W
W	firebombed	V	-
W	firebombing	V	-
W	fired	Va	-
W	firefighters	N	P
W	firemen	N	E
W	fires	Nv	E
W	firewall	N	E
W	fireworks	N	A
W	firing	nV	E
W	firings	N	E
W	firm	nvAr	G
W	firmed	V	-
W	firmer	A	-
W	firming	V	-
W	firmly	R	-
W	firms	Nv	G
W	first	nAr	-
W	first-year	A	-
W	fiscal	A	-
W	fiscally	R	-
W	fischer	N	P
W	fish	Nv	-
W	fisher	N	P
W	fisheries	N	A
W	fishermen	N	P
W	fishing	Nv	E
W	fit	nVa	-
W	fits	nV	-
W	fitted	Va	-
W	fitting	nVa	E
W	fitzgerald	N	P
W	five	nA	-
W	five-fold	A	-
W	five-year-old	A	-
W	fivefold	A	-
W	fix	nV	-
W	fixed	Va	-
W	fixes	nV	-
W	fixing	nV	E
W	fixture	N	A
W	fixtures	N	A
W	flag	Nv	A
W	flagged	V	-
W	flagging	nVa	G
W	flagrant	A	-
W	flags	Nv	A
W	flagship	N	A
W	flames	Nv	-
W	flank	nV	G
W	flanked	V	-
W	flare	Nv	-
W	flare-up	N	E
W	flared	V	-
W	flash	nVa	E
W	flashlights	N	A
W	flask	N	A
W	flat	nAr	-
W	flatly	R	-
W	flats	N	A
W	flatten	V	-
W	flattened	Va	-
W	flattening	V	-
W	flavor	Nv	-
W	flavours	Nv	-
W	flawed	Va	-
W	flaws	Nv	-
W	fled	V	-
W	fledgling	nA	P
W	flee	V	-
W	fleeing	V	-
W	fleet	nvA	G
W	fleets	Nv	G
W	fleming	N	P
W	fleshed	V	-
W	fletcher	N	P
W	flew	V	-
W	flex	nV	E
W	flexible	A	-
W	flexibly	R	-
W	flick	nV	E
W	flickered	V	-
W	flies	nV	L
W	flight	Nv	G
W	flights	Nv	G
W	flint	Na	-
W	float	nV	T
W	floated	V	-
W	floating	nVa	E
W	floats	nV	T
W	flocked	V	-
W	flood	Nv	-
W	flooded	Va	-
W	flooding	nV	E
W	floods	Nv	-
W	floor	Nv	A
W	flooring	Nv	A
W	floors	Nv	A
W	flop	nVr	-
W	floppy	Na	A
W	florence	N	L
W	florida	N	L
W	floridians	N	P
W	flotilla	N	A
W	floundered	V	-
W	flour	Nv	-
W	flourish	nV	C
W	flourishing	Va	-
W	flouting	V	-
W	flow	Nv	E
W	flowed	V	-
W	flower	Nv	-
W	flowering	Nva	-
W	flowers	Nv	-
W	flowing	nVa	E
W	flown	V	-
W	flows	Nv	E
W	fluctuate	V	-
W	fluctuated	V	-
W	fluctuating	Va	-
W	fluctuation	N	E
W	fluctuations	N	E
W	fluid	Na	-
W	flurries	Nv	E
W	flurry	Nv	E
W	flush	nVar	T
W	flushing	V	-
W	fly	nVa	-
W	flyer	Na	C
W	flyers	N	C
W	flying	nVa	E
W	fm	N	C
W	fnma	N	G
W	fo	N	P
W	foam	Nv	-
W	fob	Nv	A
W	focal	A	-
W	focus	Nv	-
W	focused	Va	-
W	focuses	Nv	-
W	focusing	nV	-
W	focussed	A	-
W	foiled	Va	-
W	foist	V	-
W	fold	nV	-
W	folded	V	-
W	folks	N	G
W	follow	V	-
W	follow-on	N	E
W	follow-through	N	E
W	follow-up	N	A
W	followed	V	-
W	follower	N	P
W	following	nVa	G
W	follows	V	-
W	foment	V	-
W	foodstuff	N	A
W	foodstuffs	N	A
W	foolish	A	-
W	foot	Nv	-
W	footage	N	A
W	football	N	E
W	foothold	N	L
W	footholds	N	L
W	footing	Nv	-
W	footwear	N	A
W	fora	N	G
W	foray	Nv	E
W	forbid	V	-
W	forbidden	Va	-
W	forbidding	nVa	C
W	forbids	V	-
W	force	Nv	-
W	forced	Va	-
W	forceful	A	-
W	forcefully	R	-
W	forces	Nv	-
W	forcible	A	-
W	forcibly	R	-
W	forcing	V	-
W	ford	Nv	P
W	fore	Nar	A
W	forecast	nV	C
W	forecasted	V	-
W	forecaster	N	P
W	forecasters	N	P
W	forecasting	nV	C
W	forecasts	nV	C
W	foreclose	V	-
W	foreclosed	V	-
W	foreclosing	V	-
W	foreclosure	N	E
W	foreclosures	N	E
W	forefront	N	L
W	forego	V	-
W	foregone	Va	-
W	foreign	A	-
W	foreigners	N	P
W	foreman	N	P
W	foremost	Ar	-
W	forerunner	N	P
W	foresaw	V	-
W	foresee	V	-
W	foreseeable	A	-
W	foreseen	V	-
W	foresees	V	-
W	foreshadow	V	-
W	forest	Nva	G
W	forestall	V	-
W	foresters	N	P
W	forests	Nv	G
W	forever	R	-
W	forfeit	nVa	-
W	forfeited	Va	-
W	forge	nV	F
W	forged	Va	-
W	forgeries	N	A
W	forgery	N	A
W	forget	V	-
W	forging	nV	E
W	forgings	N	E
W	forgive	V	-
W	forgiven	V	-
W	forgotten	Va	-
W	forklift	N	V
W	form	Nv	C
W	formal	nA	E
W	formalise	V	-
W	formality	N	E
W	formalized	vA	-
W	formalizing	V	-
W	formally	R	-
W	format	Nv	C
W	formation	N	G
W	formations	N	G
W	formed	Va	-
W	former	nA	-
W	formerly	R	-
W	formica	N	F
W	formidable	A	-
W	forming	V	-
W	formosa	N	L
W	forms	Nv	C
W	formula	N	C
W	formulae	N	C
W	formulas	N	C
W	formulate	V	-
W	formulated	Va	-
W	formulating	V	-
W	fort	Nv	F
W	forth	nR	-
W	forthcoming	A	-
W	fortifications	N	F
W	fortified	Va	-
W	fortnight	N	T
W	fortnightly	Ar	-
W	fortunate	A	-
W	fortunately	R	-
W	forty	nA	-
W	forty-five	Na	W
W	forum	N	G
W	forums	N	G
W	forward	nvaR	P
W	forwarded	V	-
W	forwarding	nV	E
W	fos	N	P
W	fossil	Na	P
W	foster	nVa	P
W	fostered	V	-
W	fostering	nV	C
W	fought	V	-
W	found	nVa	-
W	founded	V	-
W	founder	Nva	-
W	foundered	V	-
W	foundering	Nv	E
W	founders	Nv	-
W	founding	nV	E
W	foundry	N	F
W	fountain	N	F
W	four	nA	-
W	four-wheel	A	-
W	fourteen	nA	-
W	fourth	nAr	-
W	fowl	Nv	-
W	fowler	N	P
W	fox	Nv	-
W	foxes	Nv	-
W	fraction	Nv	-
W	fractional	A	-
W	fractions	Nv	-
W	fragile	A	-
W	fragmented	vA	-
W	frame	Nv	F
W	frames	Nv	F
W	france	N	L
W	franchise	Nv	C
W	franchised	V	-
W	franchises	Nv	C
W	franchising	V	-
W	franco	N	P
W	frank	nvA	P
W	frankfurt	N	L
W	franklin	N	P
W	frankly	R	-
W	frantic	A	-
W	fraud	N	E
W	fraudulent	A	-
W	fraudulently	R	-
W	fray	Nv	E
W	frazer	N	P
W	frederick	N	L
W	free	nvAr	G
W	free-for-all	N	E
W	freed	V	-
W	freedman	N	P
W	freeing	nV	E
W	freely	R	-
W	freeman	N	P
W	freer	A	-
W	freestanding	A	-
W	freetown	N	L
W	freeze	nV	-
W	freezes	nV	-
W	freezing	nV	-
W	freight	Nv	A
W	freighter	N	V
W	freights	Nv	A
W	fremont	N	P
W	french	Nva	C
W	french-speaking	A	-
W	frenetic	A	-
W	frequency	N	T
W	frequent	vA	-
W	frequently	R	-
W	fresh	Ar	-
W	fresno	N	L
W	frick	N	P
W	friday	N	T
W	fridays	N	T
W	fried	Va	-
W	friedman	N	P
W	friend	N	P
W	friendly	nA	G
W	friends	N	P
W	frigate	N	V
W	frigates	N	V
W	frightened	Va	-
W	frightening	nVa	E
W	frights	Nv	-
W	frigid	A	-
W	fringe	Nv	-
W	frivolous	A	-
W	front	Nva	L
W	frontier	N	L
W	fronts	Nv	L
W	frost	Nv	-
W	frosts	Nv	-
W	froze	V	-
W	frozen	Va	-
W	fruit	Nv	-
W	fruitful	A	-
W	fruitless	A	-
W	fruits	Nv	-
W	frustrated	Va	-
W	fry	nV	P
W	fsb	N	G
W	ftc	N	G
W	fuel	Nv	-
W	fueled	Va	-
W	fueling	nV	E
W	fuelled	V	-
W	fuelling	V	-
W	fuels	Nv	-
W	fukuoka	N	L
W	fulfil	V	-
W	fulfill	V	-
W	fulfilled	Va	-
W	fulfilling	V	-
W	full	nvAr	T
W	full-blown	A	-
W	full-fledged	A	-
W	full-scale	A	-
W	full-size	A	-
W	full-time	Ar	-
W	fuller	nA	P
W	fully	R	-
W	fulton	N	P
W	fumbled	V	-
W	fun	N	E
W	function	Nv	-
W	functional	A	-
W	functioning	nVa	-
W	functions	Nv	-
W	fund	Nv	-
W	fund-raising	V	-
W	fundamental	nA	E
W	fundamentalist	nA	P
W	fundamentally	R	-
W	funded	Va	-
W	funding	Nv	-
W	fundraiser	N	P
W	fundraisers	N	P
W	fundraising	V	-
W	funds	Nv	-
W	funeral	N	E
W	fungible	Na	A
W	funnel	Nv	-
W	funneled	V	-
W	furious	A	-
W	furnace	N	F
W	furnaces	N	F
W	furnish	V	-
W	furnished	Va	-
W	furniture	N	A
W	further	vaR	-
W	furthering	V	-
W	furthermore	R	-
W	fusion	N	E
W	future	Na	T
W	futures	N	T
W	gabes	V	-
W	gabon	N	L
W	gabriel	N	P
W	gaddafi	N	P
W	gaga	A	-
W	gage	Nv	A
W	gain	nV	-
W	gained	V	-
W	gainers	N	P
W	gaining	V	-
W	gains	nV	-
W	gala	N	E
W	galactic	A	-
W	galaxy	N	G
W	galilee	N	L
W	gallant	Na	P
W	galleries	N	G
W	gallery	N	G
W	gallup	N	L
W	galvanizing	Va	-
W	galveston	N	L
W	gamble	nV	-
W	gambling	Nv	E
W	game	Nva	E
W	games	Nv	E
W	gaming	Nv	E
W	gandhi	N	P
W	gang	Nv	G
W	gangs	Nv	G
W	gao	N	G
W	gap	Nv	-
W	gaping	vA	-
W	gaps	Nv	-
W	garages	Nv	F
W	garbled	vA	-
W	garden	Nv	A
W	gardens	Nv	A
W	gardner	N	P
W	garland	nV	P
W	garment	Nv	A
W	garments	Nv	A
W	garrison	Nv	F
W	gary	N	L
W	gas	Nv	-
W	gases	Nv	-
W	gaspar	N	P
W	gate	Nv	F
W	gates	Nv	P
W	gateway	N	A
W	gateways	N	A
W	gather	nV	A
W	gathered	Va	-
W	gathering	nV	G
W	gatherings	N	G
W	gathers	nV	A
W	gatt	N	G
W	gauge	nV	A
W	gauging	V	-
W	gaul	N	P
W	gave	V	-
W	gay	nA	P
W	gaza	N	L
W	gazette	Nv	C
W	gazetted	V	-
W	gca	N	E
W	gear	nV	A
W	geared	Va	-
W	gearing	nV	A
W	gears	nV	A
W	geiger	N	P
W	gel	Nv	-
W	gem	N	A
W	gemini	N	P
W	gems	N	A
W	gen	N	C
W	gender	N	C
W	general	nvA	P
W	generalised	Va	-
W	generalized	Va	-
W	generally	R	-
W	generals	Nv	P
W	generate	V	-
W	generated	V	-
W	generates	V	-
W	generating	V	-
W	generation	N	G
W	generations	N	G
W	generator	N	A
W	generators	N	A
W	generic	Na	-
W	generous	A	-
W	genetic	A	-
W	genetically	R	-
W	geneva	N	L
W	genie	N	P
W	genital	A	-
W	genius	N	P
W	genoa	N	L
W	genocide	N	E
W	genova	N	L
W	gentleman	N	P
W	genuine	A	-
W	genuinely	R	-
W	geographic	A	-
W	geographical	A	-
W	geographically	R	-
W	geologic	A	-
W	geological	A	-
W	geologists	N	P
W	geophysical	A	-
W	geopolitical	A	-
W	george	N	P
W	georges	N	P
W	georgetown	N	L
W	georgia	N	L
W	geothermal	A	-
W	german	Na	P
W	germans	N	P
W	germany	N	L
W	gesture	Nv	E
W	gestures	Nv	E
W	get	nV	E
W	gets	nV	E
W	getting	nV	E
W	ghana	N	L
W	ghanaian	A	-
W	ghent	N	L
W	giant	Na	-
W	gibbons	N	P
W	gibbs	N	P
W	gibraltar	N	L
W	gibson	N	P
W	gift	Nv	-
W	gifts	Nv	-
W	gigantic	A	-
W	gillespie	N	P
W	gillette	N	P
W	gilt	nvA	A
W	gilt-edged	A	-
W	gilts	N	A
W	gin	Nv	-
W	girl	N	P
W	girls	N	P
W	give	nV	-
W	given	nVa	-
W	gives	nV	-
W	giving	nVa	E
W	glad	nA	-
W	glasgow	N	L
W	glasnost	N	C
W	glass	Nv	-
W	glassmaker	N	P
W	gleaned	V	-
W	glenn	N	P
W	glimpse	Nv	E
W	global	A	-
W	globalising	V	-
W	globally	R	-
W	gloomier	A	-
W	gloomy	A	-
W	glory	Nv	-
W	gloves	N	A
W	glowing	nVa	-
W	gluck	N	P
W	glut	nV	-
W	glutted	Va	-
W	gmt	N	T
W	go	nVa	T
W	go-ahead	N	C
W	gob	N	P
W	gobbled	V	-
W	god	N	P
W	goddard	N	P
W	goes	nV	T
W	going	nVa	E
W	gold	Na	-
W	gold-bearing	A	-
W	goldberg	N	P
W	golden	A	-
W	goldman	N	P
W	goldmine	N	F
W	goldsmith	N	P
W	golf	Nv	E
W	gone	Va	-
W	good	nAr	-
W	goodman	N	P
W	goodyear	N	P
W	google	Nv	C
W	goose	Nv	-
W	gop	N	G
W	gorbachev	N	P
W	gore	nV	P
W	gos	nV	T
W	got	V	-
W	gothenburg	N	L
W	gotten	V	-
W	gould	N	P
W	gourmet	N	P
W	govern	V	-
W	governed	nV	G
W	governing	nVa	E
W	government	N	G
W	governmental	A	-
W	governments	N	G
W	governor	N	P
W	governors	N	P
W	governorship	N	E
W	governorships	N	E
W	governs	V	-
W	gp	N	P
W	gpa	N	C
W	grab	nV	A
W	grabs	nV	A
W	grace	Nv	-
W	grade	Nv	G
W	graded	Va	-
W	grades	Nv	G
W	grading	Nv	E
W	gradual	nA	C
W	gradually	R	-
W	graduate	nVa	P
W	graduates	nV	P
W	graham	N	P
W	grain	Nv	-
W	grainger	N	P
W	grains	Nv	-
W	granada	N	L
W	granaries	N	F
W	grand	nA	-
W	grandchildren	N	P
W	grandfather	N	P
W	grandma	N	P
W	grandmother	N	P
W	grandpa	N	P
W	grange	N	A
W	granges	N	A
W	grant	nV	-
W	granted	Va	-
W	granting	V	-
W	grantor	N	P
W	grantors	N	P
W	grants	nV	-
W	graph	Nv	C
W	graphic	nA	A
W	graphics	N	C
W	grapple	nV	A
W	grappling	nV	E
W	grasp	nV	-
W	grass	Nv	-
W	grasses	Nv	-
W	grassland	N	L
W	grassroots	A	-
W	grateful	A	-
W	gratified	Va	-
W	gratifying	Va	-
W	gratings	N	F
W	grave	Nva	T
W	gravel	Nv	-
W	gravely	R	-
W	graven	Va	-
W	graves	Nv	P
W	gray	nvA	-
W	grazing	nV	E
W	grease	Nv	-
W	greases	Nv	-
W	great	nA	P
W	greater	A	-
W	greatest	A	-
W	greatly	R	-
W	greco	N	P
W	greece	N	L
W	greek	nA	C
W	green	nvA	-
W	greenbelt	N	L
W	greenberg	N	P
W	greene	N	P
W	greenhouse	Na	F
W	greenland	N	L
W	greenmail	N	E
W	greens	Nv	-
W	greensboro	N	L
W	greenville	N	L
W	greenwich	N	L
W	greeted	V	-
W	greeting	nV	C
W	gregorian	A	-
W	gregory	N	P
W	grenada	N	L
W	grew	V	-
W	grey	nvA	P
W	gridlock	N	G
W	griffin	N	P
W	griffith	N	P
W	grim	A	-
W	grimes	Nv	-
W	grind	nV	P
W	grinding	nV	-
W	grip	nV	E
W	grips	nV	E
W	grit	Nv	-
W	groceries	N	F
W	grocery	N	F
W	gross	nvA	-
W	grossing	V	-
W	grossly	R	-
W	ground	Nv	-
W	grounded	V	-
W	grounding	nV	-
W	grounds	Nv	-
W	group	Nv	-
W	grouped	Va	-
W	grouping	Nv	-
W	groups	Nv	-
W	grove	N	G
W	groves	N	P
W	grow	V	-
W	grower	N	P
W	growers	N	P
W	growing	nVa	-
W	grown	Va	-
W	grows	V	-
W	gsa	N	G
W	guam	N	L
W	guangdong	N	L
W	guarantee	nV	C
W	guaranteed	V	-
W	guaranteeed	V	-
W	guaranteeing	V	-
W	guarantees	nV	C
W	guarantor	N	P
W	guard	Nv	P
W	guarded	Va	-
W	guardedly	R	-
W	guardian	N	P
W	guarding	V	-
W	guards	Nv	P
W	guatemala	N	L
W	guatemalan	nA	P
W	guayaquil	N	L
W	gubernatorial	A	-
W	guerrilla	N	P
W	guerrillas	N	P
W	guess	nV	C
W	guessed	V	-
W	guesses	nV	C
W	guessing	nV	-
W	guesstimated	V	-
W	guesstimating	V	-
W	guest	Na	P
W	guests	N	P
W	guevara	N	P
W	guidance	N	C
W	guide	nV	P
W	guided	Va	-
W	guideline	N	C
W	guidelines	N	C
W	guiding	Va	-
W	guild	N	G
W	guilty	A	-
W	guinean	Na	P
W	guinness	N	P
W	gull	nV	P
W	gum	Nv	-
W	gun	Nv	W
W	gunboat	N	V
W	gunboats	N	V
W	gunfire	N	E
W	gunman	N	P
W	gunmen	N	P
W	guns	Nv	W
W	gus	N	L
W	gusty	A	-
W	gut	Nv	-
W	guy	Nv	P
W	guyana	N	L
W	guys	Nv	P
W	gymnastics	N	E
W	gyrations	N	E
W	habit	Nv	-
W	habitat	N	L
W	habits	Nv	-
W	hack	Nv	P
W	hacked	V	-
W	hacker	N	P
W	hackers	N	P
W	hacking	V	-
W	hacks	Nv	P
W	had	V	-
W	haft	N	A
W	hafts	N	A
W	haggard	nA	P
W	haggling	nV	C
W	hahn	N	P
W	hail	nV	-
W	hailed	V	-
W	haiti	N	L
W	haitian	Na	P
W	haji	N	P
W	hakim	N	P
W	halcyon	Na	P
W	hale	Nva	P
W	haley	N	P
W	half	Nar	-
W	half-hearted	A	-
W	half-hour	N	T
W	half-yearly	Ar	-
W	halfway	Ar	-
W	halifax	N	L
W	hall	N	A
W	halt	nVa	-
W	halted	V	-
W	halting	Va	-
W	halts	nV	-
W	halve	V	-
W	halved	V	-
W	halves	Nv	-
W	halving	V	-
W	ham	Nv	-
W	hamburg	N	L
W	hamilton	N	P
W	hammer	Nv	A
W	hammered	Va	-
W	hammers	Nv	A
W	hamper	nV	A
W	hampered	V	-
W	hampering	V	-
W	hampers	nV	A
W	hampshire	N	L
W	hams	Nv	-
W	han	N	G
W	hancock	N	P
W	hand	Nv	-
W	hand-held	A	-
W	hand-to-mouth	A	-
W	handbook	N	C
W	handcuff	Nv	A
W	handcuffs	Nv	A
W	handed	Va	-
W	handels	N	P
W	handing	V	-
W	handle	nV	A
W	handled	Va	-
W	handler	N	P
W	handlers	N	P
W	handles	nV	A
W	handling	nV	E
W	handout	N	C
W	handover	N	E
W	hands	Nv	E
W	handsome	A	-
W	handy	nA	P
W	hang	nV	-
W	hangar	N	F
W	hanging	nV	A
W	hangzhou	N	L
W	hannibal	N	P
W	hanoi	N	L
W	hanover	N	L
W	hans	N	G
W	happen	V	-
W	happened	V	-
W	happening	nV	E
W	happens	V	-
W	happily	R	-
W	happy	A	-
W	harbor	Nv	L
W	harbors	Nv	L
W	harbour	Nv	L
W	hard	Ar	-
W	hard-line	A	-
W	hard-pressed	A	-
W	harden	V	-
W	hardened	Va	-
W	hardening	nV	-
W	harder	Ar	-
W	hardest	Ar	-
W	harding	N	P
W	hardline	A	-
W	hardliners	N	P
W	hardly	R	-
W	hardware	N	A
W	hargreaves	N	P
W	harlow	N	P
W	harm	Nv	-
W	harmed	V	-
W	harmful	A	-
W	harming	V	-
W	harmonious	A	-
W	harmonisation	N	C
W	harmonized	Va	-
W	harms	Nv	-
W	harness	Nv	A
W	harped	V	-
W	harper	N	P
W	harris	N	P
W	harrison	N	P
W	harry	V	-
W	harsh	A	-
W	harsher	A	-
W	harshly	R	-
W	hart	N	P
W	hartford	N	L
W	hartley	N	P
W	harvard	N	F
W	harvest	nV	-
W	harvested	V	-
W	harvesting	nV	E
W	harvests	nV	-
W	harvey	N	P
W	has	nV	-
W	hassles	Nv	E
W	hasten	V	-
W	hastening	V	-
W	hastily	R	-
W	hasty	A	-
W	hat	Nv	A
W	hatch	nV	-
W	hatchback	N	V
W	hatchet	N	W
W	hatching	Nv	-
W	hate	nV	-
W	hated	Va	-
W	hathaway	N	P
W	haul	nV	E
W	haulage	N	E
W	hauled	V	-
W	havana	N	L
W	have	nV	P
W	haven	N	F
W	havens	N	F
W	having	V	-
W	havoc	N	E
W	hawaii	N	L
W	hawaiian	Na	C
W	hawk	Nv	-
W	hawker	N	P
W	hawkins	N	P
W	hawkish	A	-
W	hawks	Nv	-
W	hay	Nv	-
W	hayes	Nv	P
W	hays	Nv	P
W	hazard	Nv	-
W	hazardous	A	-
W	hazards	Nv	-
W	head	Nv	-
W	head-to-head	Ar	-
W	headed	Va	-
W	heading	nV	C
W	headline	Nv	C
W	headlined	V	-
W	headlines	Nv	C
W	headquartered	V	-
W	headquarters	Nv	F
W	heads	Nv	-
W	heady	A	-
W	heal	V	-
W	healed	Va	-
W	healing	nVa	-
W	healthcare	N	E
W	healthier	A	-
W	healthy	A	-
W	heap	Nv	G
W	hear	V	-
W	heard	Va	-
W	hearing	nVa	E
W	hearings	N	E
W	hearst	N	P
W	heartened	V	-
W	hearts	N	E
W	heat	Nv	-
W	heated	Va	-
W	heater	N	A
W	heaters	N	A
W	heating	nV	-
W	heats	Nv	-
W	heaven	N	L
W	heavier	A	-
W	heaviest	A	-
W	heavily	R	-
W	heavy	nAr	P
W	heavy-duty	A	-
W	heavyweight	N	P
W	hebei	N	L
W	hecklers	N	P
W	hectic	A	-
W	hector	Nv	P
W	hedge	Nv	F
W	hedged	Va	-
W	hedgers	N	P
W	hedges	Nv	F
W	hedging	nV	-
W	heed	nV	-
W	heel	Nv	A
W	heels	Nv	A
W	hefty	A	-
W	heightened	V	-
W	heights	N	L
W	heinous	A	-
W	heinz	N	P
W	heirs	N	P
W	held	Va	-
W	helen	N	P
W	helena	N	L
W	helicopter	N	V
W	helicopters	N	V
W	hell	N	L
W	hellman	N	P
W	helm	Nv	A
W	helmet	N	A
W	helmets	N	A
W	help	nV	E
W	helped	V	-
W	helpful	A	-
W	helping	nV	-
W	helps	nV	E
W	helsinki	N	L
W	hemingway	N	P
W	hemisphere	N	L
W	hemophiliacs	N	P
W	hemorrhagic	A	-
W	hemorrhaging	V	-
W	hence	R	-
W	henceforth	R	-
W	hepworth	N	P
W	herald	nV	P
W	heralded	Va	-
W	herbert	N	P
W	herculaneum	N	L
W	hercules	N	P
W	herd	Nv	G
W	herds	Nv	G
W	here	naR	L
W	hereby	R	-
W	hereditary	A	-
W	herman	N	P
W	hermann	N	P
W	hermosillo	N	L
W	hero	N	P
W	heroes	N	P
W	heroin	N	A
W	hertz	N	T
W	hesitant	A	-
W	hesitate	V	-
W	hess	N	P
W	hesse	N	P
W	het	A	-
W	hex	Nva	C
W	hezbollah	N	G
W	hi	N	C
W	hiatus	N	E
W	hicks	N	P
W	hidden	Va	-
W	hide	nV	-
W	hides	nV	-
W	hiding	nV	E
W	hierarchy	N	G
W	high	nAr	-
W	high-grade	A	-
W	high-handed	A	-
W	high-interest	A	-
W	high-level	A	-
W	high-low	N	E
W	high-octane	A	-
W	high-performance	A	-
W	high-priced	A	-
W	high-ranking	A	-
W	high-risk	A	-
W	high-speed	A	-
W	high-tech	A	-
W	high-yield	A	-
W	higher	A	-
W	highest	A	-
W	highland	Na	-
W	highlight	nV	-
W	highlighted	V	-
W	highlighting	nV	-
W	highlights	nV	-
W	highly	R	-
W	highway	N	A
W	highways	N	A
W	hijacked	V	-
W	hike	Nv	E
W	hikes	Nv	E
W	hiking	nV	E
W	hill	Nv	-
W	hillary	N	P
W	hills	Nv	-
W	hinder	Va	-
W	hindered	V	-
W	hindus	N	P
W	hindustan	N	L
W	hinge	Nv	A
W	hinges	Nv	A
W	hint	nV	C
W	hinted	V	-
W	hinting	V	-
W	hints	nV	C
W	hire	nV	P
W	hired	Va	-
W	hires	nV	P
W	hiring	V	-
W	hirohito	N	P
W	hiroshima	N	L
W	hispanic	Na	P
W	hispanics	N	P
W	hiss	nV	E
W	historic	A	-
W	historical	A	-
W	historically	R	-
W	history	N	T
W	hit	nV	E
W	hitch	nV	T
W	hitherto	R	-
W	hitler	N	P
W	hits	nV	E
W	hitting	nV	E
W	hoarding	Nv	F
W	hoax	Nv	E
W	hobby	N	E
W	hobbyists	N	P
W	hock	nV	-
W	hockey	N	E
W	hocking	V	-
W	hoffman	N	P
W	hog	nV	P
W	hogan	N	P
W	hogg	N	P
W	hogs	nV	P
W	hokkaido	N	L
W	hold	nV	E
W	holder	N	A
W	holders	N	A
W	holding	nV	E
W	holdings	N	E
W	holdover	N	P
W	holds	nV	E
W	hole	Nv	-
W	holed	V	-
W	holes	Nv	-
W	holiday	Nv	T
W	holidays	Nv	T
W	holland	N	L
W	hollow	Nva	-
W	hollywood	Na	G
W	holmes	N	P
W	holocaust	N	E
W	holy	Na	L
W	home	Nvar	L
W	homebuilder	N	P
W	homeland	N	L
W	homeless	Na	P
W	homeowner	N	P
W	homes	Nv	L
W	homestead	Nv	-
W	homework	N	E
W	homeyer	A	-
W	homicide	N	E
W	homicides	N	E
W	homing	Va	-
W	homosexual	Na	P
W	honduras	N	L
W	honest	A	-
W	honestly	R	-
W	honey	Nva	-
W	honeymoon	nV	T
W	honolulu	N	L
W	honor	nV	C
W	honorably	R	-
W	honored	Va	-
W	honoring	nV	E
W	honour	Nv	-
W	honoured	V	-
W	hood	Nv	P
W	hook	nV	A
W	hoover	Nv	P
W	hope	nV	-
W	hoped	V	-
W	hopeful	nA	P
W	hopefully	R	-
W	hopes	nV	-
W	hoping	V	-
W	hops	nV	-
W	horizon	N	L
W	horizontal	nA	-
W	horn	Nv	A
W	horne	N	P
W	horowitz	N	P
W	horrific	A	-
W	horse	Nv	-
W	horses	Nv	-
W	horticulture	N	E
W	hoses	Nv	A
W	hosiery	N	A
W	hospital	N	F
W	hospitality	N	C
W	hospitalized	V	-
W	hospitals	N	F
W	host	Nv	P
W	hostage	N	P
W	hostages	N	P
W	hosted	V	-
W	hostels	N	F
W	hostile	nA	G
W	hostilities	N	E
W	hosting	V	-
W	hosts	Nv	P
W	hot	A	-
W	hotel	N	F
W	hotels	N	F
W	hotly	R	-
W	hotter	A	-
W	hour	N	T
W	hourly	Ar	-
W	hours	N	T
W	house	Nv	F
W	housed	V	-
W	household	N	G
W	households	N	G
W	houses	Nv	F
W	housewife	N	P
W	housewives	N	P
W	housing	nV	F
W	houston	N	L
W	hover	V	-
W	hovered	V	-
W	hovering	V	-
W	hovers	V	-
W	howard	N	P
W	howe	N	P
W	however	R	-
W	howling	nVa	C
W	hrs	N	T
W	http	N	C
W	https	N	C
W	hua	N	G
W	hub	N	A
W	hubbard	N	P
W	hubs	N	A
W	hud	N	G
W	huff	Nv	-
W	huge	A	-
W	hugely	R	-
W	hugging	nV	E
W	hughes	N	P
W	hugo	N	P
W	hulk	Nv	P
W	hulls	Nv	-
W	human	nA	-
W	humanistic	A	-
W	humanitarian	nA	P
W	humiliating	Va	-
W	hunan	N	L
W	hundred	nA	-
W	hung	V	-
W	hungarian	nA	P
W	hungarians	N	P
W	hungary	N	L
W	hunger	Nva	-
W	hungry	A	-
W	hunt	nV	P
W	hunter	N	P
W	hunting	Nv	E
W	huntington	N	P
W	hunts	nV	P
W	huntsville	N	L
W	hurdle	nV	F
W	hurdles	nV	E
W	hurling	nV	E
W	hurried	Va	-
W	hurry	nV	-
W	hurt	nVa	-
W	hurting	nV	-
W	hurts	nV	-
W	husain	N	P
W	husband	Nv	P
W	husbandry	N	E
W	husky	nA	-
W	hussein	N	P
W	hut	N	F
W	hutchins	N	P
W	hutchinson	N	P
W	huts	N	F
W	hutton	N	P
W	hybrid	Na	C
W	hydraulic	A	-
W	hydroelectric	A	-
W	hydrogenated	V	-
W	hypocrisy	N	C
W	hypothesis	N	C
W	hypothetical	nA	-
W	hysterical	A	-
W	i	Na	-
W	ia	N	L
W	iaea	N	G
W	iberia	N	L
W	ibrahim	N	P
W	ic	Na	G
W	icc	N	G
W	ice	Nv	-
W	icebreaker	N	V
W	iceland	N	L
W	icelandic	Na	C
W	icon	N	C
W	icy	A	-
W	id	N	L
W	ida	N	G
W	idaho	N	L
W	ideal	nA	-
W	ideally	R	-
W	identical	A	-
W	identification	N	E
W	identified	Va	-
W	identifies	V	-
W	identify	V	-
W	identifying	V	-
W	ideological	A	-
W	ideologically	R	-
W	idle	nvA	-
W	idled	V	-
W	idling	nV	E
W	idly	R	-
W	ids	N	L
W	ied	N	W
W	ifc	N	G
W	iglesias	N	P
W	ignite	V	-
W	ignited	Va	-
W	ignorant	A	-
W	ignore	V	-
W	ignored	Va	-
W	ignoring	V	-
W	ii	Na	-
W	iii	Na	-
W	ike	N	P
W	il	Na	L
W	ill	nAr	-
W	ill-advised	A	-
W	illegal	A	-
W	illegally	R	-
W	illicit	A	-
W	illinois	N	L
W	illuminating	Va	-
W	illusory	A	-
W	illustrate	V	-
W	illustrated	V	-
W	illustrating	V	-
W	illustration	N	C
W	image	Nv	-
W	images	Nv	-
W	imaginative	A	-
W	imagine	V	-
W	imagined	V	-
W	imaging	Nv	-
W	imf	N	G
W	imitate	V	-
W	imitation	Na	-
W	immature	A	-
W	immediate	A	-
W	immediately	R	-
W	immense	A	-
W	immensely	R	-
W	immigrant	N	P
W	immigrants	N	P
W	immigration	N	E
W	imminent	A	-
W	immune	Na	P
W	immunizes	V	-
W	immunological	A	-
W	immunotherapy	N	E
W	imo	N	G
W	impact	Nv	E
W	impacted	vA	-
W	impacts	Nv	E
W	impair	V	-
W	impaired	Va	-
W	impairment	N	E
W	impartial	A	-
W	impatient	A	-
W	impeach	V	-
W	impeachment	N	C
W	impede	V	-
W	impeded	Va	-
W	impending	vA	-
W	imperative	nA	-
W	imperial	nA	-
W	imperialism	N	C
W	impermissible	A	-
W	impersonation	N	C
W	implant	nV	A
W	implement	nV	A
W	implementation	N	E
W	implemented	Va	-
W	implementing	V	-
W	implements	nV	A
W	implicate	V	-
W	implicated	vA	-
W	implicit	A	-
W	implicitly	R	-
W	implied	V	-
W	implies	V	-
W	implore	V	-
W	imply	V	-
W	implying	V	-
W	import	Nv	A
W	important	A	-
W	importantly	R	-
W	importation	N	E
W	imported	Va	-
W	importer	N	P
W	importers	N	P
W	importing	nV	E
W	imports	Nv	A
W	impose	V	-
W	imposed	Va	-
W	imposes	V	-
W	imposing	Va	-
W	imposition	N	E
W	impossible	nA	-
W	impoverished	Va	-
W	impractical	A	-
W	impress	nV	E
W	impressed	Va	-
W	impressive	A	-
W	imprisoned	Va	-
W	imprisonment	N	E
W	improbable	A	-
W	improper	A	-
W	improperly	R	-
W	improve	V	-
W	improved	Va	-
W	improvement	N	E
W	improvements	N	E
W	improves	V	-
W	improving	Va	-
W	improvised	Va	-
W	imprudent	A	-
W	impudent	A	-
W	imputation	N	C
W	in	naR	-
W	inaccurate	A	-
W	inactive	A	-
W	inadequate	A	-
W	inadequately	R	-
W	inappropriate	A	-
W	inaugural	nA	C
W	inaugurated	V	-
W	inc	N	G
W	inca	N	P
W	incalculable	A	-
W	incapable	A	-
W	incarcerates	V	-
W	inception	N	E
W	inch	Nv	-
W	inches	Nv	-
W	inching	V	-
W	incident	Na	E
W	incidental	nA	-
W	incidents	N	E
W	incinerator	N	F
W	incipient	A	-
W	inclined	Va	-
W	include	V	-
W	included	Va	-
W	includes	V	-
W	including	V	-
W	inclusive	A	-
W	incoming	nA	E
W	incompatible	A	-
W	incompetent	Na	P
W	incomplete	A	-
W	inconceivable	A	-
W	inconclusive	A	-
W	inconsistent	A	-
W	incontestable	A	-
W	incorporate	Va	-
W	incorporated	Va	-
W	incorporates	V	-
W	incorporating	V	-
W	incorporation	N	E
W	incorrect	A	-
W	incorrectly	R	-
W	increase	nV	-
W	increased	Va	-
W	increases	nV	-
W	increasing	Va	-
W	increasingly	R	-
W	incredible	A	-
W	incredibly	R	-
W	incremental	A	-
W	incumbent	Na	P
W	incumbents	N	P
W	incur	V	-
W	incurious	A	-
W	incurred	V	-
W	incurring	nV	E
W	indebted	A	-
W	indeed	R	-
W	indefinite	A	-
W	indefinitely	R	-
W	indemnify	V	-
W	indemnifying	V	-
W	indenture	Nv	-
W	indentures	Nv	-
W	independent	nA	P
W	independently	R	-
W	independents	N	P
W	indeterminate	A	-
W	index	Nv	-
W	indexation	N	E
W	indexed	V	-
W	indexes	Nv	-
W	india	N	L
W	indian	Na	P
W	indiana	N	L
W	indianapolis	N	L
W	indians	N	P
W	indicate	V	-
W	indicated	V	-
W	indicates	V	-
W	indicating	V	-
W	indication	N	C
W	indications	N	C
W	indicative	Na	-
W	indicator	N	C
W	indicators	N	C
W	indict	V	-
W	indicted	V	-
W	indictment	N	C
W	indictments	N	C
W	indies	N	G
W	indifferent	A	-
W	indigenous	A	-
W	indirect	A	-
W	indirectly	R	-
W	indiscriminate	A	-
W	indispensable	A	-
W	indistinguishable	A	-
W	individual	Na	-
W	individually	R	-
W	indonesia	N	L
W	indonesian	Na	P
W	indoor	A	-
W	induce	V	-
W	induced	Va	-
W	indulge	V	-
W	industrial	A	-
W	industrialisation	N	E
W	industrialised	Va	-
W	industrialising	V	-
W	industrialist	N	P
W	industrialists	N	P
W	industrialized	Va	-
W	industrializing	V	-
W	industrially	R	-
W	industries	N	G
W	industry	N	G
W	inedible	A	-
W	ineffective	A	-
W	inefficient	A	-
W	ineligible	A	-
W	inequitable	A	-
W	inevitable	nA	E
W	inevitably	R	-
W	inexpensive	A	-
W	inexperienced	A	-
W	inexplicable	A	-
W	infancy	N	T
W	infant	N	P
W	infantry	N	G
W	infants	N	P
W	infected	Va	-
W	infectious	A	-
W	inferior	nA	P
W	infested	V	-
W	infiltrate	V	-
W	infiltrated	V	-
W	infinite	nA	-
W	infinity	N	T
W	inflamed	Va	-
W	inflammatory	A	-
W	inflate	V	-
W	inflated	Va	-
W	inflationary	A	-
W	inflexible	A	-
W	inflict	V	-
W	inflicted	V	-
W	inflicting	V	-
W	influence	Nv	-
W	influenced	V	-
W	influences	Nv	-
W	influencing	V	-
W	influential	A	-
W	inform	V	-
W	informal	A	-
W	informally	R	-
W	information	N	C
W	informations	N	C
W	informed	Va	-
W	informing	nV	C
W	infrastructure	N	A
W	infrequently	R	-
W	infringe	V	-
W	infringed	V	-
W	infringement	N	E
W	infringements	N	E
W	infringes	V	-
W	infringing	V	-
W	infuse	V	-
W	ingot	N	A
W	ingots	N	A
W	ingrained	Va	-
W	ingredient	N	A
W	ingredients	N	A
W	inherent	A	-
W	inherently	R	-
W	inherit	V	-
W	inheritance	N	E
W	inherited	Va	-
W	inhibit	V	-
W	inhibited	Va	-
W	initial	nvA	C
W	initialled	V	-
W	initially	R	-
W	initials	Nv	C
W	initiate	nV	P
W	initiated	V	-
W	initiating	V	-
W	initiation	N	E
W	initiative	Na	-
W	inject	V	-
W	injectable	A	-
W	injected	V	-
W	injecting	V	-
W	injection	N	E
W	injections	N	E
W	injunction	N	C
W	injunctions	N	C
W	injure	V	-
W	injured	Va	-
W	injuring	V	-
W	injurious	A	-
W	injustice	N	E
W	injustices	N	E
W	ink	Nv	-
W	inland	Ar	-
W	inmate	N	P
W	inmates	N	P
W	inn	N	F
W	inner	A	-
W	innocent	nA	P
W	innovation	N	A
W	innovations	N	A
W	innovative	A	-
W	innovator	N	P
W	inns	N	F
W	inoperative	A	-
W	inordinate	A	-
W	input	Nv	C
W	inputs	Nv	C
W	inroads	N	E
W	insane	A	-
W	inseparable	A	-
W	insert	nV	C
W	inside	naR	L
W	insider	nA	P
W	insiders	N	P
W	insignificant	A	-
W	insist	V	-
W	insisted	V	-
W	insistence	N	C
W	insisting	nV	C
W	insists	V	-
W	insolvent	Na	P
W	inspect	V	-
W	inspected	V	-
W	inspecting	V	-
W	inspection	N	E
W	inspections	N	E
W	inspector	N	P
W	inspectorate	N	G
W	inspectors	N	P
W	inspire	V	-
W	inspired	Va	-
W	instal	V	-
W	install	V	-
W	installation	N	E
W	installations	N	E
W	installed	V	-
W	installing	nV	E
W	installs	V	-
W	instalment	N	C
W	instalments	N	C
W	instance	Nv	E
W	instances	Nv	E
W	instant	Na	T
W	instantly	R	-
W	instead	R	-
W	instigation	N	C
W	instil	V	-
W	institute	nV	G
W	instituted	V	-
W	institutes	nV	G
W	instituting	V	-
W	institution	N	G
W	institutional	A	-
W	institutions	N	G
W	instruct	V	-
W	instructed	V	-
W	instructing	V	-
W	instruction	N	C
W	instructions	N	C
W	instructs	V	-
W	instrument	Nv	A
W	instrumental	A	-
W	instrumentation	N	A
W	instruments	Nv	A
W	insufficient	A	-
W	insufficiently	R	-
W	insulting	Va	-
W	insurable	A	-
W	insure	V	-
W	insured	nVa	P
W	insurer	N	G
W	insurers	N	G
W	insures	V	-
W	insurgency	N	E
W	insurgents	N	P
W	insuring	V	-
W	insurmountable	A	-
W	intact	A	-
W	intangible	Na	-
W	integral	nA	-
W	integrate	V	-
W	integrated	Va	-
W	integrating	nV	E
W	integration	N	E
W	integrator	N	A
W	intellectual	nA	P
W	intellectuals	N	P
W	intelligent	A	-
W	intend	V	-
W	intended	Va	-
W	intends	V	-
W	intense	A	-
W	intensely	R	-
W	intensification	N	E
W	intensified	Va	-
W	intensify	V	-
W	intensifying	Va	-
W	intensive	nA	C
W	intent	nA	-
W	intentional	A	-
W	intentionally	R	-
W	inter	V	-
W	interaction	N	E
W	interactive	A	-
W	intercept	nV	-
W	intercepted	V	-
W	interceptor	N	V
W	interchanges	Nv	A
W	intercom	N	A
W	interconnect	V	-
W	intercontinental	A	-
W	interest	Nva	-
W	interest-bearing	A	-
W	interested	vA	-
W	interesting	vA	-
W	interestingly	R	-
W	interests	Nv	-
W	interface	N	A
W	interfaces	N	A
W	interfere	V	-
W	interfered	V	-
W	interference	N	C
W	interferes	V	-
W	interfering	Va	-
W	interferon	N	A
W	interim	nA	T
W	interior	Na	L
W	interiors	N	L
W	interlink	V	-
W	intermediaries	N	P
W	intermediary	N	P
W	intermediate	nvA	-
W	intermediates	Nv	-
W	intermittent	A	-
W	intermittently	R	-
W	internal	A	-
W	internally	R	-
W	international	nA	G
W	internationale	N	C
W	internationalisation	N	E
W	internationalise	V	-
W	internationalising	V	-
W	internationalists	N	P
W	internationalization	N	E
W	internationally	R	-
W	internet	N	A
W	interpol	N	G
W	interpret	V	-
W	interpreted	Va	-
W	interpreter	N	P
W	interpreting	nV	-
W	interrogated	V	-
W	interrupted	Va	-
W	interrupting	V	-
W	interruption	N	E
W	intersected	V	-
W	interstate	nA	A
W	interval	N	T
W	intervals	N	T
W	intervene	V	-
W	intervened	V	-
W	intervening	Va	-
W	intervention	N	E
W	interview	nV	C
W	interviewed	V	-
W	interviewer	N	P
W	interviewers	N	P
W	interviewing	V	-
W	interviews	nV	C
W	intimidated	Va	-
W	intimidating	Va	-
W	intimidation	N	E
W	intractable	A	-
W	intransigent	A	-
W	intrastate	A	-
W	intravenous	A	-
W	intrigue	Nv	-
W	introduce	V	-
W	introduced	V	-
W	introduces	V	-
W	introducing	V	-
W	introduction	N	E
W	introductions	N	E
W	intrusion	N	E
W	intrusions	N	E
W	intrusive	A	-
W	inundated	Va	-
W	invade	V	-
W	invaded	V	-
W	invading	Va	-
W	invalid	Nva	P
W	invalidate	V	-
W	invaluable	A	-
W	invariably	R	-
W	invasion	N	E
W	invasions	N	E
W	invasive	A	-
W	invent	V	-
W	invented	V	-
W	inventories	Nv	C
W	inventors	N	P
W	inventory	Nv	C
W	inverse	Na	-
W	invest	V	-
W	invested	V	-
W	investigate	V	-
W	investigated	V	-
W	investigating	nV	E
W	investigative	A	-
W	investigator	N	P
W	investigators	N	P
W	investigatory	A	-
W	investing	nV	E
W	investment	N	E
W	investments	N	E
W	investor	N	P
W	investors	N	P
W	invests	V	-
W	invisible	A	-
W	invitation	N	C
W	invitations	N	C
W	invite	nV	C
W	invited	V	-
W	invites	nV	C
W	inviting	Va	-
W	invoice	Nv	C
W	invoices	Nv	C
W	invoke	V	-
W	invoked	V	-
W	invokes	V	-
W	invoking	V	-
W	involuntary	A	-
W	involve	V	-
W	involved	Va	-
W	involvement	N	E
W	involves	V	-
W	involving	V	-
W	inward	Ar	-
W	ionic	nA	C
W	ionics	N	C
W	iowa	N	P
W	ira	N	G
W	iran	N	L
W	iranian	Na	P
W	iranians	N	P
W	iraq	N	L
W	iraqi	Na	P
W	iraqis	N	P
W	irate	A	-
W	ireland	N	L
W	irish	nA	P
W	iron	Nva	-
W	ironic	A	-
W	ironically	R	-
W	irony	N	C
W	iroquois	N	P
W	irrational	nA	-
W	irregular	nA	P
W	irregularities	N	E
W	irrelevant	A	-
W	irreparable	A	-
W	irresistible	A	-
W	irrespective	R	-
W	irresponsible	A	-
W	irresponsibly	R	-
W	irreversible	A	-
W	irrevocable	A	-
W	irrigate	V	-
W	irrigated	V	-
W	irrigation	N	E
W	irritated	Va	-
W	irs	N	G
W	irving	N	P
W	is	nV	-
W	isaac	N	P
W	isi	N	G
W	isis	N	P
W	islam	N	G
W	islamic	A	-
W	islamist	N	P
W	isolate	V	-
W	isolated	Va	-
W	israel	N	L
W	israeli	Na	P
W	issuance	N	E
W	issue	nV	-
W	issued	V	-
W	issuer	N	G
W	issuers	N	G
W	issues	nV	-
W	issuing	nV	E
W	istanbul	N	L
W	italia	N	L
W	italian	nA	P
W	italians	N	P
W	italy	N	L
W	item	Nr	C
W	items	N	C
W	itinerary	N	L
W	iv	Na	-
W	ivanov	N	P
W	ixl	A	-
W	jack	Nv	-
W	jacket	Nv	A
W	jackson	N	P
W	jacksons	N	P
W	jacksonville	N	L
W	jacob	N	P
W	jacobs	N	P
W	jail	Nv	F
W	jailed	Va	-
W	jails	Nv	F
W	jakarta	N	L
W	jam	nV	-
W	jamaica	N	L
W	jamaican	Na	P
W	james	nV	P
W	jamestown	N	L
W	jams	nV	-
W	jan	N	T
W	janitors	N	P
W	january	N	T
W	japan	Nv	L
W	japanese	nA	P
W	jar	Nv	A
W	jared	V	-
W	jargon	N	C
W	jason	N	P
W	java	N	L
W	jawboning	V	-
W	jay	N	P
W	jealously	R	-
W	jean	N	A
W	jeans	N	A
W	jeddah	N	L
W	jeep	N	V
W	jeeps	N	V
W	jeffers	N	P
W	jefferson	N	P
W	jensen	N	P
W	jeopardise	V	-
W	jeopardised	V	-
W	jeopardises	V	-
W	jeopardize	V	-
W	jeopardized	V	-
W	jeopardizing	V	-
W	jerome	N	P
W	jerry	N	P
W	jersey	N	L
W	jerusalem	N	L
W	jesus	N	P
W	jet	Nva	V
W	jetliner	N	V
W	jetliners	N	V
W	jets	Nv	V
W	jetty	N	F
W	jew	N	P
W	jewelers	N	P
W	jewellery	N	A
W	jewelry	N	A
W	jewish	A	-
W	jiffy	N	T
W	jihad	N	E
W	jihadi	A	-
W	jihadist	N	P
W	jihadists	N	P
W	jimmy	nV	A
W	jinja	N	L
W	jittery	A	-
W	joachim	N	P
W	job	Nv	E
W	jobber	N	P
W	jobbers	N	P
W	jobbing	V	-
W	jobless	A	-
W	jobs	Nv	E
W	joel	N	P
W	johannesburg	N	L
W	john	N	F
W	johnny	N	P
W	johns	N	P
W	johnson	N	P
W	johnston	N	P
W	join	nV	-
W	joined	Va	-
W	joining	nV	E
W	joins	nV	-
W	joint	nvA	-
W	jointly	R	-
W	joints	Nv	-
W	joist	N	A
W	joke	Nv	C
W	jokes	Nv	C
W	joking	Va	-
W	joliet	N	P
W	jolly	nvAr	E
W	jolted	vA	-
W	jones	N	P
W	jong	N	P
W	jordanian	Na	P
W	joseph	N	P
W	josh	V	-
W	joshua	N	P
W	journal	N	C
W	journalism	N	C
W	journalist	N	P
W	journalistic	A	-
W	journalists	N	P
W	journals	N	C
W	journey	Nv	E
W	joy	Nv	-
W	joyce	N	P
W	jr	N	P
W	jubilant	A	-
W	judaism	N	G
W	jude	N	P
W	judge	nV	P
W	judged	V	-
W	judgement	N	C
W	judges	nV	C
W	judging	nV	-
W	judicial	A	-
W	judiciary	N	G
W	judicious	A	-
W	jukebox	N	A
W	julian	Na	P
W	july	N	T
W	jumbo	A	-
W	jump	nV	E
W	jumped	V	-
W	jumping	nV	E
W	jumps	nV	E
W	junction	N	A
W	juncture	N	E
W	june	N	T
W	jung	N	P
W	jungle	N	L
W	junior	Na	P
W	junk	Nv	-
W	junta	N	G
W	juries	N	G
W	jurisdictional	A	-
W	jurors	N	P
W	jury	N	G
W	just	aR	-
W	justifiable	A	-
W	justified	Va	-
W	justify	V	-
W	justifying	V	-
W	jutland	N	L
W	k	Na	-
W	ka	N	P
W	kahn	N	P
W	kaiser	N	P
W	kalamazoo	N	L
W	kalimantan	N	L
W	kamikaze	N	V
W	kampala	N	L
W	kampuchea	N	L
W	kandahar	N	L
W	kansas	N	L
W	kappa	N	C
W	karachi	N	L
W	karbala	N	L
W	karen	N	C
W	kaufman	N	P
W	kaunda	N	P
W	kazakhstan	N	L
W	kc	N	T
W	kean	N	P
W	keaton	N	P
W	keen	nvA	C
W	keenly	R	-
W	keep	nV	-
W	keeping	nV	E
W	keeps	nV	-
W	keflex	N	A
W	keller	N	P
W	kellogg	N	P
W	kelly	N	P
W	kendall	N	P
W	kennedy	N	P
W	kent	Nv	L
W	kentucky	N	L
W	kenya	N	L
W	kenyan	Na	P
W	kept	Va	-
W	kerb	N	A
W	kern	Nv	P
W	kettle	N	A
W	key	Nva	A
W	keyboards	N	A
W	keynesian	Na	P
W	keynote	nV	C
W	keys	Nv	A
W	kgb	N	G
W	khan	N	P
W	khans	N	P
W	khartoum	N	L
W	khi	N	C
W	khomeini	N	P
W	kick	nV	E
W	kicking	nV	E
W	kidd	N	P
W	kidnapped	V	-
W	kidnappers	N	P
W	kidnapping	nV	E
W	kidnappings	N	E
W	kids	Nv	P
W	kiev	N	L
W	kill	nV	E
W	killed	V	-
W	killer	N	P
W	killing	nVa	E
W	killings	N	E
W	kills	nV	E
W	kimberley	N	L
W	kind	Na	-
W	king	N	P
W	kingston	N	L
W	kingstown	N	L
W	kirk	N	F
W	kirkuk	N	L
W	kissed	V	-
W	kisses	nV	E
W	kissinger	N	P
W	kisumu	N	L
W	kit	Nv	A
W	kitchens	N	F
W	kits	Nv	A
W	kkk	N	G
W	klaipeda	N	L
W	klein	N	P
W	kline	N	P
W	knew	V	-
W	knight	Nv	P
W	knock	nV	E
W	knock-down	A	-
W	knocked	V	-
W	knocking	nV	E
W	know	nV	-
W	knowing	nVa	-
W	knowledgeable	A	-
W	known	Va	-
W	knows	nV	-
W	knox	N	P
W	knuckle	Nv	-
W	ko	N	E
W	kobe	N	L
W	koch	N	P
W	kohl	N	A
W	korea	N	L
W	korean	Na	P
W	koreans	N	P
W	kosovo	N	L
W	kremlin	N	F
W	krupp	N	P
W	kuomintang	N	G
W	kurdish	Na	C
W	kurdistan	N	L
W	kuwait	N	L
W	kuwaiti	Na	P
W	kuwaitis	N	P
W	ky	N	L
W	kyrgyzstan	N	L
W	kyushu	N	L
W	l	Na	-
W	lab	N	A
W	label	nV	C
W	labeled	Va	-
W	labeling	V	-
W	labelled	Va	-
W	labelling	V	-
W	labels	nV	C
W	labor	Nv	G
W	laboratories	N	A
W	laboratory	N	A
W	laborers	N	P
W	labour	Nv	G
W	labs	N	A
W	lace	nV	A
W	lack	Nv	-
W	lacked	V	-
W	lacking	Va	-
W	lackluster	A	-
W	lacklustre	A	-
W	lacks	Nv	-
W	lacy	A	-
W	laden	vA	-
W	ladies	N	P
W	lady	N	P
W	lafayette	N	P
W	lag	nV	E
W	laggard	Na	P
W	lagged	V	-
W	lagging	nV	-
W	lagos	N	L
W	lags	nV	E
W	laid	Va	-
W	laid-off	A	-
W	lama	N	P
W	lamb	Nv	-
W	lambasted	V	-
W	lambing	V	-
W	lame	Nva	P
W	lamp	N	A
W	lan	N	A
W	lancaster	N	L
W	lance	Nv	W
W	lancer	N	P
W	land	Nv	-
W	landed	Va	-
W	landes	V	-
W	landing	nV	A
W	landings	N	A
W	landler	N	C
W	landless	A	-
W	landlocked	A	-
W	landlord	N	P
W	landmark	N	L
W	landowners	N	P
W	lands	Nv	-
W	landscape	Nv	L
W	landslide	N	E
W	landslides	N	E
W	lane	N	A
W	lanes	N	A
W	lange	N	P
W	language	N	C
W	languages	N	C
W	languished	V	-
W	lans	N	A
W	lansing	N	L
W	laos	N	L
W	lap	Nv	-
W	lapse	Nv	E
W	lapsed	Va	-
W	laptop	N	A
W	lard	Nv	-
W	large	nAr	-
W	large-scale	A	-
W	largely	R	-
W	larger	A	-
W	largest	A	-
W	lasalle	N	P
W	laser	N	A
W	lasers	N	A
W	lashed	V	-
W	last	nvAr	T
W	last-ditch	A	-
W	last-minute	A	-
W	lasted	V	-
W	lastest	A	-
W	lasting	Va	-
W	lasts	nV	T
W	late	Ar	-
W	lately	R	-
W	later	aR	-
W	latest	nA	C
W	latin	Na	C
W	latino	Na	P
W	latter	nA	-
W	latvia	N	L
W	latvian	Na	P
W	lauded	V	-
W	laugh	nV	C
W	laughed	V	-
W	laughing	Va	-
W	launch	nV	V
W	launched	V	-
W	launchers	N	A
W	launches	nV	V
W	launching	nV	E
W	launder	V	-
W	laundering	Nv	E
W	laundry	N	A
W	lausanne	N	L
W	law	N	G
W	lawmaker	N	P
W	lawmakers	N	P
W	lawn	N	L
W	lawrence	N	P
W	laws	N	C
W	lawsuit	N	E
W	lawsuits	N	E
W	lawton	N	L
W	lawyer	N	P
W	lawyers	N	P
W	lax	A	-
W	lay	nVa	C
W	layer	Nva	A
W	layers	Nv	A
W	laying	nV	-
W	layoff	N	E
W	layoffs	N	E
W	lays	nV	C
W	lazar	N	P
W	lazarus	N	P
W	lazier	A	-
W	lcds	N	A
W	leach	Nv	-
W	leaching	Nv	-
W	lead	nV	-
W	lead-free	A	-
W	leaded	Va	-
W	leader	N	P
W	leaders	N	G
W	leadership	N	E
W	leading	nVa	A
W	leads	nV	-
W	leaf	Nv	-
W	league	Nv	G
W	leak	Nv	-
W	leakage	N	E
W	leaked	V	-
W	leaking	V	-
W	leaks	Nv	-
W	leal	A	-
W	lean	nVa	-
W	leaner	nA	E
W	leaning	nVa	-
W	leap	nV	E
W	leapt	V	-
W	lear	N	P
W	learn	V	-
W	learned	Va	-
W	learning	nV	-
W	lease	Nv	-
W	leased	Va	-
W	leases	Nv	-
W	leasing	V	-
W	least	naR	-
W	leather	Nv	-
W	leave	nV	T
W	leavers	N	P
W	leaves	nV	-
W	leaving	nV	E
W	lebanese	Na	P
W	lebanon	N	L
W	lecture	Nv	C
W	lecturer	N	P
W	led	nV	A
W	lee	Na	P
W	leeds	N	L
W	left	nVar	L
W	left-wing	A	-
W	leftist	Na	P
W	legal	A	-
W	legalises	V	-
W	legally	R	-
W	legend	N	C
W	legendary	A	-
W	legion	Na	G
W	legionnaires	N	P
W	legislate	V	-
W	legislated	V	-
W	legislating	nV	E
W	legislation	N	C
W	legislative	A	-
W	legislator	N	P
W	legislators	N	P
W	legislature	N	G
W	legislatures	N	G
W	legitimate	vA	-
W	leigh	N	P
W	leisure	N	T
W	lend	V	-
W	lender	N	P
W	lenders	N	P
W	lending	nV	E
W	lendings	N	E
W	lends	V	-
W	lengthened	Va	-
W	lengthening	Nv	E
W	lengthy	A	-
W	lenient	A	-
W	leningrad	N	L
W	lennon	N	P
W	lens	N	A
W	lenses	N	A
W	lent	nV	T
W	leo	N	P
W	leon	N	L
W	leonard	N	P
W	lerner	N	P
W	lesotho	N	L
W	less	aR	-
W	lessen	V	-
W	lessened	Va	-
W	lessening	nV	E
W	lesser	A	-
W	lesson	N	E
W	lessons	N	E
W	lessor	N	P
W	lessors	N	P
W	let	nV	G
W	lethal	A	-
W	lets	nV	G
W	letter	Nv	C
W	lettering	Nv	C
W	letters	Nv	-
W	letting	nV	-
W	levant	Nv	-
W	level	Nva	-
W	leveled	V	-
W	levelled	V	-
W	levelling	V	-
W	levels	Nv	-
W	lever	Nv	A
W	leverage	Nv	-
W	leveraged	V	-
W	levers	Nv	A
W	levi	N	P
W	levied	V	-
W	levies	nV	-
W	levy	nV	-
W	lewis	N	P
W	lewiston	N	L
W	lexington	N	L
W	li	Na	-
W	liable	A	-
W	liars	N	P
W	libel	Nv	C
W	liberal	Na	P
W	liberalisation	N	E
W	liberalise	V	-
W	liberalised	V	-
W	liberalising	V	-
W	liberalization	N	E
W	liberalize	V	-
W	liberalized	V	-
W	liberalizing	V	-
W	liberals	N	P
W	liberation	N	E
W	liberia	N	L
W	liberian	Na	P
W	libertarian	N	P
W	libraries	N	F
W	library	N	F
W	libya	N	L
W	libyan	Na	P
W	libyans	N	P
W	licence	Nv	-
W	licenced	Va	-
W	licences	Nv	-
W	licencing	V	-
W	license	Nv	C
W	licensed	Va	-
W	licensee	N	P
W	licensees	nV	P
W	licenses	Nv	C
W	licensing	V	-
W	lichtenstein	N	P
W	lie	nV	C
W	liechtenstein	N	L
W	lied	nV	C
W	lies	nV	C
W	lieu	N	E
W	lieutenant	N	P
W	life-threatening	A	-
W	lifetime	N	T
W	lifetimes	N	T
W	lifo	N	E
W	lift	nV	E
W	lifted	Va	-
W	lifting	V	-
W	light	Nvar	-
W	lighten	V	-
W	lightened	V	-
W	lightening	nV	E
W	lighter	nvA	-
W	lightest	A	-
W	lighting	nV	-
W	lightly	R	-
W	lights	Nv	-
W	lightweight	Na	P
W	like	nVa	-
W	liked	Va	-
W	likely	Ar	-
W	likes	nV	-
W	likewise	R	-
W	lima	N	L
W	limerick	N	L
W	limit	nV	-
W	limited	nVa	A
W	limiting	nVa	-
W	limits	nV	-
W	limousines	N	V
W	lin	N	P
W	lincoln	N	P
W	lind	N	P
W	line	Nv	G
W	linear	A	-
W	lined	Va	-
W	linens	N	A
W	liner	N	E
W	lines	Nv	G
W	lineup	N	C
W	linger	V	-
W	lingering	nV	E
W	linguistic	A	-
W	lining	nV	A
W	link	nV	-
W	linked	Va	-
W	linking	V	-
W	links	nV	F
W	linkup	N	A
W	linotype	N	A
W	lipscomb	N	P
W	lipstick	Nv	A
W	liquefied	Va	-
W	liquid	nA	-
W	liquidate	V	-
W	liquidated	V	-
W	liquidating	V	-
W	liquidation	N	E
W	liquidator	N	P
W	liquified	Va	-
W	lisbon	N	L
W	list	Nv	C
W	listed	Va	-
W	listen	V	-
W	listened	V	-
W	listeners	N	P
W	listening	nV	E
W	lister	N	P
W	listing	nV	C
W	listings	N	C
W	lists	Nv	C
W	lit	nVa	-
W	lite	A	-
W	liter	Na	-
W	literal	nA	C
W	literally	R	-
W	litigants	N	P
W	litigate	V	-
W	litigation	N	E
W	littered	Va	-
W	little	nAr	-
W	live	Var	-
W	lived	V	-
W	lively	A	-
W	liver	Na	-
W	liverpool	N	L
W	lives	Nv	-
W	living	nVa	-
W	livingston	N	P
W	ljubljana	N	L
W	lloyd	N	P
W	lloyds	N	P
W	load	Nv	A
W	loaded	Va	-
W	loading	nV	A
W	loadings	N	A
W	loads	Nv	-
W	loan	Nv	-
W	loaned	V	-
W	loans	Nv	-
W	loathe	V	-
W	lobbied	V	-
W	lobbies	Nv	F
W	lobby	Nv	F
W	lobbying	V	-
W	lobbyist	N	P
W	lobbyists	N	P
W	local	nA	A
W	locales	N	L
W	localities	N	L
W	localized	Va	-
W	locally	R	-
W	locals	N	A
W	locate	V	-
W	located	Va	-
W	locating	nV	E
W	lock	nV	A
W	locke	N	P
W	locked	V	-
W	locker	N	F
W	lockout	N	E
W	locks	nV	A
W	lockup	N	F
W	locomotive	Na	V
W	locomotives	N	V
W	lodge	nV	P
W	lodged	V	-
W	lodging	nV	F
W	loewi	N	P
W	lofty	A	-
W	logging	nV	E
W	logical	A	-
W	logician	N	P
W	logistical	A	-
W	logistics	N	E
W	logo	N	C
W	logos	N	P
W	logs	Nv	-
W	lolita	N	P
W	lombard	N	P
W	lome	N	L
W	london	N	L
W	lone	A	-
W	long	vAr	-
W	long-dated	A	-
W	long-distance	A	-
W	long-range	A	-
W	long-run	A	-
W	long-term	A	-
W	longer	nAr	P
W	longest	Ar	-
W	longstanding	A	-
W	longtime	A	-
W	look	nV	-
W	looked	V	-
W	looking	nVa	E
W	looks	nV	-
W	loom	nV	A
W	looming	V	-
W	looms	nV	A
W	loon	N	P
W	loophole	N	C
W	loopholes	N	C
W	loose	vAr	-
W	loosen	V	-
W	loosened	Va	-
W	loosening	nV	E
W	looser	A	-
W	looting	nV	E
W	lopsided	A	-
W	lord	Nv	P
W	lords	Nv	P
W	lorenz	N	P
W	lorries	N	V
W	lose	V	-
W	loser	N	P
W	losers	N	P
W	loses	V	-
W	losing	V	-
W	lost	nVa	G
W	lot	Nv	-
W	lots	Nvr	-
W	lottery	N	E
W	loud	Ar	-
W	loudly	R	-
W	louis	N	P
W	louisiana	N	L
W	louisville	N	L
W	louvre	N	F
W	love	nV	-
W	loved	Va	-
W	loves	nV	-
W	loving	Va	-
W	low	nvAr	-
W	low-cost	A	-
W	low-density	A	-
W	low-grade	A	-
W	low-interest	A	-
W	low-level	A	-
W	low-priced	A	-
W	low-tech	A	-
W	lowell	N	P
W	lower	nvA	A
W	lowered	Va	-
W	lowering	nVa	E
W	lowers	nV	A
W	lowest	Ar	-
W	lows	Nv	-
W	loyal	A	-
W	loyalists	N	P
W	lp	N	A
W	lubbock	N	L
W	lube	Nv	-
W	lubricating	V	-
W	lucania	N	L
W	lucas	N	P
W	lucky	A	-
W	lucrative	A	-
W	ludicrous	A	-
W	lufkin	N	L
W	lull	Nv	T
W	lumber	Nv	-
W	lump	Nv	G
W	lunar	A	-
W	lunch	Nv	-
W	lunchtime	N	T
W	lure	nV	-
W	lured	V	-
W	lusaka	N	L
W	luther	N	P
W	luxembourg	N	L
W	luzon	N	L
W	lvi	A	-
W	lying	nV	E
W	lynch	V	-
W	lynx	N	C
W	lyon	N	L
W	lyonnais	N	L
W	lyonnaise	A	-
W	lyons	N	L
W	m	Na	-
W	ma	N	P
W	mac	N	A
W	macao	N	L
W	macaroni	N	P
W	macaulay	N	P
W	macgregor	N	P
W	machine	Nv	A
W	machinery	N	A
W	machines	Nv	A
W	machinists	N	P
W	macintosh	N	A
W	mack	N	A
W	mackenzie	N	P
W	mackintosh	N	A
W	macroeconomic	A	-
W	macron	N	C
W	mad	A	-
W	madagascar	N	L
W	madam	N	P
W	made	Va	-
W	madison	N	P
W	madras	N	L
W	madrid	N	L
W	mafia	N	G
W	magazine	N	C
W	magazines	N	C
W	magellan	N	P
W	magic	Na	-
W	magical	A	-
W	magistrates	N	P
W	magnate	N	P
W	magnetic	A	-
W	magnets	N	A
W	magnum	N	A
W	maha	N	P
W	mail	nV	C
W	mailed	Va	-
W	mailers	N	P
W	mailing	nV	G
W	mails	nV	C
W	main	nA	-
W	maine	N	L
W	mainframe	N	A
W	mainframes	N	A
W	mainly	R	-
W	mainstay	N	P
W	maintain	V	-
W	maintained	Va	-
W	maintaining	V	-
W	maintains	V	-
W	maintenance	N	E
W	majestic	A	-
W	major	nvA	P
W	majors	Nv	G
W	make	nV	-
W	make-up	N	E
W	maker	N	P
W	makers	N	P
W	makes	nV	-
W	makeup	N	A
W	making	nV	E
W	malaga	N	L
W	malawi	N	L
W	malay	Na	P
W	malaya	N	L
W	malayan	Na	P
W	malays	N	P
W	malaysia	N	L
W	malaysian	Na	P
W	maldives	N	L
W	male	Na	-
W	mali	N	L
W	malicious	A	-
W	mall	N	A
W	malpractice	N	E
W	malpractices	N	E
W	malt	Nv	-
W	malta	N	L
W	malting	V	-
W	mama	N	P
W	mammoth	nA	-
W	man	Nv	P
W	man-made	A	-
W	manage	V	-
W	manageable	A	-
W	managed	V	-
W	management	N	E
W	managements	N	E
W	manager	N	P
W	managerial	A	-
W	managers	N	P
W	manages	V	-
W	managing	V	-
W	managua	N	L
W	manchester	N	L
W	mandate	Nv	C
W	mandated	V	-
W	mandates	Nv	C
W	mandating	V	-
W	mandatory	nA	P
W	mandolin	N	A
W	maneuver	Nv	E
W	maneuvering	V	-
W	maneuvers	Nv	E
W	manhattan	N	L
W	manifested	V	-
W	manipulate	V	-
W	manipulated	V	-
W	manipulating	V	-
W	manipulation	N	E
W	manipulations	N	E
W	manipulative	A	-
W	manipulators	N	P
W	manitoba	N	L
W	manly	Ar	-
W	mann	N	P
W	mannheim	N	L
W	manning	V	-
W	manoeuvre	Nv	-
W	manoeuvres	Nv	-
W	manoeuvring	V	-
W	manor	N	F
W	manpad	N	V
W	manpower	N	G
W	mansion	N	L
W	manson	N	P
W	mantelet	N	F
W	manual	Na	C
W	manually	R	-
W	manufacture	nV	E
W	manufactured	Va	-
W	manufacturer	N	G
W	manufacturers	N	G
W	manufactures	nV	E
W	manufacturing	nV	E
W	many	A	-
W	maoist	Na	P
W	map	Nv	A
W	mapping	nV	-
W	mar	nV	T
W	maracaibo	N	L
W	maracay	N	L
W	marathon	N	E
W	marble	Nv	-
W	marbled	Va	-
W	marcel	Nv	-
W	march	Nv	T
W	marched	V	-
W	marconi	N	P
W	marginal	A	-
W	marginally	R	-
W	mari	N	P
W	marina	N	F
W	marine	nA	P
W	marines	N	G
W	maritime	A	-
W	mark	nV	-
W	marked	Va	-
W	markedly	R	-
W	marker	N	A
W	market	Nv	E
W	marketable	A	-
W	marketed	V	-
W	marketer	N	P
W	marketers	N	P
W	marketing	Nv	E
W	marketings	N	E
W	marketplace	N	E
W	markets	Nv	E
W	marking	nV	C
W	marks	nV	P
W	marplan	N	A
W	marquee	N	F
W	marquis	N	P
W	marred	Va	-
W	married	nVa	P
W	mars	Nv	-
W	marseillaise	N	C
W	marseille	N	L
W	marshall	N	P
W	mart	N	F
W	martial	nA	P
W	martin	N	P
W	marts	N	F
W	marx	N	P
W	marxist	nA	P
W	mary	N	P
W	maryland	N	L
W	mas	N	P
W	mascot	N	P
W	mask	Nv	A
W	masking	nV	E
W	masks	Nv	A
W	mason	N	P
W	masonry	N	F
W	mass	Nva	-
W	massachusetts	N	L
W	massacre	nV	E
W	massacres	nV	E
W	massage	nV	E
W	masse	N	E
W	massing	V	-
W	massive	A	-
W	mast	N	A
W	master	Nva	P
W	masterminding	V	-
W	mat	Nva	A
W	match	nV	A
W	matched	Va	-
W	matches	nV	A
W	matching	Va	-
W	mate	Nv	P
W	material	Na	-
W	materialise	V	-
W	materialize	V	-
W	materialized	V	-
W	materializes	V	-
W	materially	R	-
W	materiel	N	A
W	mathematical	A	-
W	matrix	N	G
W	matt	Na	-
W	matter	Nva	-
W	matters	Nv	-
W	matthew	N	P
W	matthews	N	P
W	mattress	N	A
W	mature	vA	-
W	matured	Va	-
W	matures	V	-
W	maturing	V	-
W	maturities	N	T
W	maturity	N	T
W	mauritius	N	L
W	max	N	A
W	maximise	V	-
W	maximises	V	-
W	maximize	V	-
W	maximizing	Va	-
W	maximum	nA	-
W	may	N	T
W	maya	N	P
W	maybe	R	-
W	mayer	N	P
W	mayor	N	P
W	mayors	N	P
W	mays	N	P
W	mc	N	T
W	mcallen	N	L
W	mccarthy	N	P
W	mccormick	N	P
W	mckinley	N	P
W	mcpherson	N	P
W	me	N	L
W	mead	N	P
W	meadows	N	L
W	mean	nVa	-
W	meaning	nVa	C
W	meaningful	A	-
W	meaningless	A	-
W	means	nV	E
W	meant	V	-
W	meantime	Nr	T
W	meanwhile	nR	T
W	measurable	A	-
W	measure	nV	E
W	measured	Va	-
W	measurement	N	E
W	measurements	N	E
W	measures	nV	E
W	measuring	nV	E
W	meatpacking	N	E
W	mechanical	A	-
W	mechanically	R	-
W	mechanised	Va	-
W	med	N	C
W	medal	N	C
W	medalist	N	P
W	medalists	N	P
W	medals	N	C
W	medan	N	L
W	meddling	nvA	E
W	medford	N	L
W	media	N	C
W	median	nA	-
W	mediate	Va	-
W	mediation	N	C
W	mediator	N	P
W	medicaid	N	E
W	medical	nA	E
W	medically	R	-
W	medicare	N	E
W	medication	N	A
W	medicine	Nv	-
W	medicines	Nv	-
W	mediocre	A	-
W	mediterranean	Na	-
W	medium	Na	C
W	medium-size	A	-
W	medium-sized	A	-
W	medley	N	C
W	medusa	N	P
W	meet	nVa	E
W	meeting	nV	G
W	meetings	N	G
W	meets	nV	E
W	megahertz	N	T
W	melbourne	N	L
W	mellon	N	P
W	melt	nV	-
W	melted	Va	-
W	melting	nVa	-
W	melville	N	P
W	member	N	P
W	members	N	P
W	membership	N	G
W	memberships	N	G
W	membrane	N	A
W	membranes	N	A
W	memo	N	C
W	memorandum	N	C
W	memorial	N	C
W	memphis	N	L
W	men	N	P
W	men's	N	F
W	mental	A	-
W	mentally	R	-
W	mention	nV	C
W	mentioned	V	-
W	mentioning	V	-
W	mentor	Nv	P
W	menu	N	C
W	mercantile	A	-
W	mercer	N	P
W	merchandise	Nv	A
W	merchandiser	N	P
W	merchandisers	N	P
W	merchandising	Nv	E
W	merchant	N	P
W	merchants	N	P
W	mere	nA	-
W	meredith	N	P
W	merely	R	-
W	merge	V	-
W	merged	Va	-
W	merger	N	E
W	mergers	N	E
W	merging	nVa	E
W	meridian	Na	-
W	merit	Nv	-
W	merits	Nv	-
W	merlin	N	P
W	merry	A	-
W	mess	Nv	-
W	message	Nv	C
W	messages	Nv	C
W	messaging	Nv	C
W	messenger	N	P
W	messidor	N	T
W	met	V	-
W	metal	Nva	-
W	metallic	nA	A
W	metallurgical	A	-
W	metals	Nv	-
W	metalworkers	N	P
W	metalworking	N	E
W	meteorological	A	-
W	meteorologist	N	P
W	meteorologists	N	P
W	meter	Nv	-
W	meters	Nv	-
W	methamphetamine	N	A
W	methamphetamines	N	A
W	methodist	nA	P
W	metric	Na	-
W	metro	N	A
W	metropolitan	nA	P
W	mexican	Na	P
W	mexicanos	N	P
W	mexicans	N	P
W	mexico	N	L
W	mezzanine	N	F
W	mfa	N	C
W	mhz	N	T
W	miami	N	P
W	michael	N	P
W	michaels	N	P
W	michigan	N	L
W	mickey	N	P
W	micro	A	-
W	microbial	A	-
W	microchip	N	A
W	microchips	N	A
W	microcode	N	C
W	microcomputer	N	A
W	microcomputers	N	A
W	microfilm	Nv	A
W	microprocessor	N	A
W	microprocessors	N	A
W	microscopic	A	-
W	microwave	Nv	-
W	mid	A	-
W	mid-april	N	T
W	mid-atlantic	A	-
W	mid-august	N	T
W	mid-december	N	T
W	mid-february	N	T
W	mid-january	N	T
W	mid-july	N	T
W	mid-june	N	T
W	mid-march	N	T
W	mid-may	N	T
W	mid-november	N	T
W	mid-september	N	T
W	midafternoon	N	T
W	midday	N	T
W	middle	Nva	L
W	middleman	N	P
W	middlemen	N	P
W	middleton	N	P
W	middling	Nvar	A
W	mideast	N	L
W	midi	Na	L
W	midi-pyrenees	N	L
W	midland	Na	L
W	midnight	N	T
W	midpoint	N	L
W	midpoints	N	L
W	midst	N	L
W	midway	nAr	L
W	midweek	Nr	T
W	midwest	N	L
W	midwestern	A	-
W	might	nV	-
W	mightily	R	-
W	migrant	Na	P
W	migrants	N	P
W	migrate	V	-
W	migrates	V	-
W	migration	N	E
W	mike	N	A
W	milan	N	L
W	milano	N	L
W	mild	A	-
W	milder	A	-
W	mildew	Nv	-
W	mildly	R	-
W	milestone	N	C
W	militant	nA	P
W	militants	N	P
W	militarily	R	-
W	military	nA	G
W	militia	N	G
W	militiamen	N	P
W	militias	N	G
W	milk	Nv	-
W	mill	Nv	F
W	milled	Va	-
W	miller	N	P
W	millers	N	P
W	milling	nV	A
W	million	nA	-
W	millionaire	N	P
W	millionaires	N	P
W	millionth	Na	-
W	mills	Nv	P
W	milton	N	P
W	milwaukee	N	L
W	mimicked	V	-
W	min	N	T
W	mind	Nv	-
W	mindanao	N	L
W	mindful	A	-
W	minds	Nv	-
W	mine	Nv	A
W	mined	Va	-
W	miner	N	P
W	mineral	Na	-
W	mineralized	V	-
W	miners	N	P
W	mines	Nv	A
W	minesweepers	N	V
W	mineworkers	N	P
W	ming	N	G
W	mini	Na	A
W	minicomputer	N	A
W	minicomputers	N	A
W	minimal	A	-
W	minimise	V	-
W	minimize	V	-
W	minimizing	V	-
W	minimum	nA	-
W	mining	Nv	E
W	miniscule	A	-
W	minister	Nv	P
W	ministerial	A	-
W	ministers	Nv	P
W	ministries	N	G
W	ministry	N	G
W	minivans	N	V
W	minneapolis	N	L
W	minnesota	N	L
W	minor	nA	P
W	minorities	N	G
W	minority	N	G
W	minoxidil	N	A
W	minsk	N	L
W	minsters	N	F
W	mint	Nva	-
W	minted	V	-
W	minting	V	-
W	mints	Nv	-
W	minus	Na	E
W	minute	Na	T
W	minutely	R	-
W	minuteman	N	P
W	minutes	N	C
W	miracle	N	E
W	miracles	N	E
W	miraculous	A	-
W	miraculously	R	-
W	mired	Va	-
W	mirror	Nv	A
W	mirrored	Va	-
W	mirrors	Nv	A
W	misapplication	N	E
W	misapplying	V	-
W	misappropriated	Va	-
W	misappropriating	V	-
W	misappropriation	N	E
W	miscalculated	V	-
W	miscalculation	N	E
W	miscellaneous	A	-
W	mischievous	A	-
W	misconduct	Nv	E
W	misconstrued	V	-
W	misguided	vA	-
W	mishandled	V	-
W	mishandling	V	-
W	misinform	V	-
W	misinterpreted	V	-
W	mislead	V	-
W	misleading	Va	-
W	misled	V	-
W	mismanagement	N	E
W	mismatched	Va	-
W	misplaced	vA	-
W	misrepresentation	N	C
W	misrepresentations	N	C
W	misrepresented	Va	-
W	misrepresenting	V	-
W	miss	nV	P
W	missed	Va	-
W	misses	nV	P
W	missile	N	V
W	missiles	N	V
W	missing	Va	-
W	mission	N	G
W	missionaries	N	P
W	missions	N	G
W	missouri	N	L
W	mistake	Nv	E
W	mistaken	Va	-
W	mistakes	Nv	E
W	mistreatment	N	E
W	mistresses	N	P
W	misunderstanding	nV	C
W	misunderstandings	N	C
W	misuse	nV	E
W	misused	Va	-
W	misusing	V	-
W	mitchell	N	P
W	mitigate	V	-
W	mitigated	Va	-
W	mits	N	F
W	mitterrand	N	P
W	mix	nV	-
W	mixed	vA	-
W	mo	N	T
W	moaning	V	-
W	mob	Nv	G
W	mobile	nA	-
W	mobilise	V	-
W	mobilised	V	-
W	mobilization	N	E
W	mobilizing	V	-
W	mobster	N	P
W	mod	Na	P
W	model	Nva	-
W	modeled	Va	-
W	modeling	nV	A
W	modelled	V	-
W	models	Nv	-
W	modem	N	A
W	modems	N	A
W	moderate	nvA	P
W	moderated	V	-
W	moderately	R	-
W	moderates	nV	P
W	moderating	Va	-
W	modern	nA	P
W	modernisation	N	E
W	modernise	V	-
W	modernising	V	-
W	modernization	N	E
W	modernize	V	-
W	modernized	Va	-
W	modernizing	V	-
W	modest	A	-
W	modestly	R	-
W	modification	N	E
W	modifications	N	E
W	modified	Va	-
W	modify	V	-
W	modifying	V	-
W	modigliani	N	P
W	modular	A	-
W	mohammad	N	P
W	mohammed	N	P
W	mohawk	N	P
W	molded	Va	-
W	molder	V	-
W	molding	nV	E
W	molecular	A	-
W	mollify	V	-
W	mombasa	N	L
W	moment	N	T
W	moments	N	T
W	mon	N	T
W	monarch	N	P
W	monday	N	T
W	mondays	N	T
W	monetarist	N	P
W	monetary	A	-
W	mongolia	N	L
W	monitor	nV	P
W	monitored	V	-
W	monitoring	nV	E
W	monitors	nV	P
W	monkey	Nv	-
W	monkeys	Nv	-
W	mono	Na	-
W	monochrome	Na	A
W	monoclonal	Na	-
W	monod	N	P
W	monolith	N	A
W	monolithic	A	-
W	monopolised	V	-
W	monopolises	V	-
W	monopolistic	A	-
W	monopolizes	V	-
W	monroe	N	P
W	monster	N	P
W	monsters	N	P
W	montagu	N	P
W	montana	N	L
W	monte	N	E
W	montenegro	N	L
W	monterey	N	L
W	montes	N	E
W	montevideo	N	L
W	montgomery	N	P
W	month	N	T
W	monthly	nAr	C
W	months	N	T
W	montreal	N	L
W	monument	N	F
W	monumental	A	-
W	moonie	N	P
W	moore	N	P
W	moored	V	-
W	mooring	Nv	L
W	moos	nV	E
W	moot	Nva	E
W	mooted	V	-
W	mop	nV	A
W	moral	nA	C
W	moratorium	N	T
W	moratoriums	N	T
W	more	naR	P
W	moreover	R	-
W	morgan	N	P
W	moribund	A	-
W	morning	N	T
W	moroccan	nA	P
W	morocco	N	L
W	morris	N	P
W	morrison	N	P
W	morristown	N	L
W	morrow	N	T
W	morse	N	C
W	mortar	Nv	A
W	mortgage	Nv	-
W	mortgages	Nv	-
W	mortimer	N	P
W	morton	N	P
W	mosaic	Na	A
W	moscow	N	L
W	moslem	Na	P
W	moslems	N	P
W	mosque	N	F
W	most	aR	-
W	most-favored-nation	A	-
W	mostly	R	-
W	mosul	N	L
W	mot	N	C
W	motel	N	F
W	mothballed	V	-
W	mother	Nv	P
W	motion	Nv	C
W	motions	Nv	C
W	motivate	V	-
W	motivated	Va	-
W	motive	Na	-
W	motor	Nva	A
W	motorcade	N	G
W	motorcycle	Nv	V
W	motorcycles	Nv	V
W	motoring	nV	E
W	motorised	Va	-
W	motorists	N	P
W	motorized	Va	-
W	motors	Nv	A
W	motorway	N	A
W	motown	N	L
W	mould	nV	-
W	moulding	nV	A
W	mount	nV	-
W	mountaineer	Nv	P
W	mounted	Va	-
W	mounting	nV	E
W	mounts	nV	-
W	mourners	N	P
W	mourning	nVa	-
W	mouse	Nv	-
W	mouth	Nv	-
W	mouths	Nv	-
W	move	nV	E
W	moved	Va	-
W	movement	N	E
W	movements	N	E
W	moves	nV	E
W	movie	N	C
W	movies	N	C
W	moving	Va	-
W	mowers	N	A
W	mozambican	Na	P
W	mozambique	N	L
W	mp	N	P
W	mph	N	T
W	mr	N	C
W	mrs	N	C
W	ms-dos	N	C
W	msc	N	C
W	mu	N	C
W	mubarak	N	P
W	much	nAr	-
W	mud	Nv	-
W	muddle	Nv	-
W	muddled	Va	-
W	muddy	vA	-
W	muddying	V	-
W	mudslides	N	E
W	mugger	N	P
W	mukalla	N	L
W	muller	N	P
W	mulling	V	-
W	multilateral	A	-
W	multilaterally	R	-
W	multinational	A	-
W	multiple	nA	-
W	multiplexer	Na	A
W	multiplexers	N	A
W	multiply	Vr	-
W	multiprocessor	N	A
W	munich	N	L
W	municipal	A	-
W	municipalities	N	L
W	municipality	N	L
W	munitions	Nv	A
W	munro	N	P
W	murder	Nv	E
W	murdered	Va	-
W	murderous	A	-
W	murders	Nv	E
W	murdoch	N	P
W	murray	N	P
W	muscle	Nv	-
W	muscles	Nv	-
W	museum	N	F
W	mushroom	Nv	-
W	music	N	C
W	muskogee	N	P
W	muslim	Na	P
W	muslims	N	P
W	mussolini	N	P
W	must	Na	-
W	muster	nVa	G
W	muted	vA	-
W	mutilate	V	-
W	mutilated	Va	-
W	mutual	A	-
W	mutually	R	-
W	myriad	nA	-
W	mysterious	A	-
W	mystified	Va	-
W	n'djamena	N	L
W	nagano	N	L
W	nagasaki	N	L
W	nagoya	N	L
W	nahum	N	P
W	nail	nV	-
W	nairobi	N	L
W	naive	A	-
W	naked	A	-
W	name	Nv	C
W	named	V	-
W	namely	R	-
W	names	Nv	C
W	namesake	N	P
W	namibia	N	L
W	naming	nVa	C
W	nan	N	P
W	nance	N	P
W	nancy	N	L
W	nap	Nv	T
W	naples	N	L
W	narrative	Na	C
W	narrow	nvA	-
W	narrowed	Va	-
W	narrower	A	-
W	narrowing	nVa	-
W	narrowly	R	-
W	narrows	nV	-
W	nasa	N	G
W	nasdaq	N	A
W	nash	N	P
W	nashville	N	L
W	nassau	N	L
W	nasty	A	-
W	natchez	N	L
W	nation	N	G
W	national	nA	P
W	nationalisation	N	E
W	nationalised	V	-
W	nationalist	Na	P
W	nationalists	N	P
W	nationality	N	G
W	nationally	R	-
W	nationals	N	P
W	nations	N	G
W	nationwide	Ar	-
W	native	nA	P
W	natives	N	P
W	nato	N	G
W	natural	nA	P
W	naturally	R	-
W	naval	A	-
W	navicular	Na	-
W	navigating	V	-
W	navigation	N	E
W	navy	N	G
W	nazi	Na	P
W	nazis	N	P
W	nc	N	L
W	near	vAr	-
W	nearby	Ar	-
W	neared	V	-
W	nearer	Ar	-
W	nearest	Ar	-
W	nearing	V	-
W	nearly	R	-
W	nears	V	-
W	nebraska	N	L
W	nebulous	A	-
W	necessarily	R	-
W	necessary	nA	-
W	necessitate	V	-
W	necessitated	V	-
W	necessitating	V	-
W	neck	Nv	-
W	necks	Nv	-
W	nederland	N	L
W	need	nV	-
W	needed	Va	-
W	neediest	A	-
W	needing	V	-
W	needle	Nv	-
W	needs	nVr	-
W	needy	Na	G
W	neer	A	-
W	nefarious	A	-
W	negative	nvA	C
W	negatively	R	-
W	negatives	Nv	C
W	neglect	nV	-
W	neglected	Va	-
W	negligence	N	E
W	negligible	A	-
W	negotiable	A	-
W	negotiate	V	-
W	negotiated	V	-
W	negotiates	V	-
W	negotiating	V	-
W	negotiation	N	C
W	negotiations	N	C
W	negotiator	N	P
W	negotiators	N	P
W	negros	N	P
W	neighbor	Nv	P
W	neighborhood	N	L
W	neighborhoods	N	L
W	neighboring	vA	-
W	neighbors	Nv	P
W	neighbour	Nv	P
W	neighbourhood	N	L
W	neighbouring	V	-
W	neighbours	Nv	P
W	neither	A	-
W	nelson	N	P
W	neo	A	-
W	neocolonialism	N	E
W	neoliberal	nA	P
W	nepal	N	L
W	nephew	N	P
W	neptune	N	P
W	nerves	Nv	-
W	nervous	A	-
W	nervously	R	-
W	nestle	nV	E
W	net	nvA	A
W	netherlands	N	L
W	netted	Va	-
W	netting	nV	A
W	network	Nv	G
W	networked	V	-
W	networking	V	-
W	networks	Nv	G
W	neurological	A	-
W	neutral	nA	P
W	neutrality	N	E
W	neutralize	V	-
W	nevada	N	L
W	never	R	-
W	nevertheless	R	-
W	new	Ar	-
W	newark	N	L
W	newcastle	N	L
W	newcomer	N	P
W	newcomers	N	P
W	newer	A	-
W	newest	A	-
W	newly	R	-
W	newman	N	P
W	newport	N	L
W	news	N	C
W	newsletter	N	C
W	newspaper	N	C
W	newspapers	N	C
W	next	Ar	-
W	nib	N	A
W	nibbling	V	-
W	nicaragua	N	L
W	nicaraguan	Na	P
W	nice	nA	L
W	nicholas	N	P
W	nick	Nv	-
W	nickel	Nv	-
W	nicknamed	V	-
W	nicosia	N	L
W	nigeria	N	L
W	nigerian	Na	P
W	nigerians	N	P
W	nigh	Ar	-
W	night	N	T
W	nights	N	T
W	nihon	N	L
W	nilsson	N	P
W	nim	N	E
W	nine	nA	-
W	ninety	nA	-
W	ninth	nA	-
W	nippon	N	L
W	nissan	N	T
W	nixon	N	P
W	no	nAr	C
W	nobel	N	P
W	noble	nA	P
W	nobody	N	P
W	noc	N	P
W	noel	N	T
W	nogales	N	L
W	noise	Nv	E
W	nominal	nA	C
W	nominally	R	-
W	nominate	V	-
W	nominated	Va	-
W	nomination	N	E
W	nominations	N	E
W	nominee	N	P
W	nominees	N	P
W	non	R	-
W	non-negotiable	A	-
W	non-u	A	-
W	none	naR	T
W	nonetheless	R	-
W	nonpartisan	nA	P
W	nonprofit	Na	E
W	nonpublic	A	-
W	nonresidential	A	-
W	nonsense	Na	C
W	nonsensical	A	-
W	nonstarter	N	P
W	nonstop	Nar	E
W	nonstops	N	E
W	nontraditional	A	-
W	nonviolent	A	-
W	noon	N	T
W	noose	Nv	A
W	nordic	Na	C
W	norfolk	N	L
W	norge	N	L
W	normal	nA	-
W	normally	R	-
W	norman	Na	P
W	normandy	N	L
W	norris	N	P
W	north	Nar	L
W	north-central	A	-
W	north-east	R	-
W	north-west	R	-
W	northampton	N	L
W	northeast	Nar	-
W	northeastern	A	-
W	northern	nA	C
W	northernmost	A	-
W	northrop	N	P
W	northward	naR	-
W	northwest	Nar	L
W	northwestern	A	-
W	norway	N	L
W	norwegian	Na	P
W	nose	Nv	-
W	nosedive	Nv	-
W	nostrums	N	A
W	not	R	-
W	not-for-profit	N	E
W	notable	nA	P
W	notably	R	-
W	notch	nV	-
W	note	nV	C
W	noted	Va	-
W	notes	nV	C
W	nothing	Nr	-
W	notice	nV	C
W	noticeable	A	-
W	noticed	Va	-
W	notices	nV	C
W	notification	N	E
W	notifications	N	E
W	notified	V	-
W	notify	V	-
W	notifying	V	-
W	noting	V	-
W	notorious	A	-
W	nov	N	T
W	novel	Na	C
W	november	N	T
W	now	nR	T
W	nowhere	nR	-
W	nowruz	N	T
W	npc	N	G
W	nra	N	G
W	nrc	N	G
W	nsa	N	G
W	nsc	N	G
W	nsw	N	G
W	nt	N	G
W	nuances	N	C
W	nuclear	A	-
W	nudge	nV	E
W	nudged	V	-
W	null	nA	-
W	number	Nva	-
W	numbered	V	-
W	numbers	Nv	C
W	numerical	A	-
W	numerous	A	-
W	nurse	Nv	P
W	nurseries	N	F
W	nursery	N	F
W	nurses	Nv	P
W	nursing	nV	E
W	nut	Nv	-
W	nutrient	Na	-
W	nutritional	A	-
W	nuts	Nva	-
W	nv	N	L
W	ny	N	L
W	nyse	N	A
W	o'brien	N	P
W	o'clock	R	-
W	o'connor	N	P
W	o'neill	N	P
W	oakland	N	L
W	oakley	N	P
W	oasis	N	L
W	oates	N	P
W	oath	N	C
W	oaxaca	N	L
W	object	Nv	-
W	objected	V	-
W	objecting	V	-
W	objection	N	C
W	objections	N	C
W	objective	Na	-
W	objects	Nv	-
W	obligate	Va	-
W	obligated	vA	-
W	obligation	N	E
W	obligations	N	E
W	obligatory	A	-
W	oblige	V	-
W	obliged	Va	-
W	obliges	V	-
W	obliging	Va	-
W	obscenely	R	-
W	obscure	Va	-
W	obscured	V	-
W	obscuring	V	-
W	observant	A	-
W	observation	N	E
W	observatory	N	F
W	observe	V	-
W	observed	Va	-
W	observer	N	P
W	observers	N	P
W	observing	Va	-
W	obsessed	Va	-
W	obsolete	A	-
W	obstinate	Va	-
W	obstructing	V	-
W	obstruction	N	F
W	obstructive	A	-
W	obtain	V	-
W	obtainable	A	-
W	obtained	V	-
W	obtaining	V	-
W	obtains	V	-
W	obvious	A	-
W	obviously	R	-
W	occasion	Nv	E
W	occasional	A	-
W	occasionally	R	-
W	occasions	Nv	-
W	occidental	Na	P
W	occupation	N	E
W	occupational	A	-
W	occupied	Va	-
W	occupy	V	-
W	occupying	V	-
W	occur	V	-
W	occured	V	-
W	occuring	V	-
W	occurred	V	-
W	occurrence	N	E
W	occurring	V	-
W	occurs	V	-
W	oceania	N	L
W	oceanic	Na	C
W	oct	N	T
W	october	N	T
W	odd	A	-
W	odessa	N	L
W	odin	N	P
W	off	vaR	-
W	off-line	A	-
W	off-the-shelf	A	-
W	offence	N	E
W	offences	N	E
W	offenders	N	P
W	offense	N	E
W	offensive	Na	E
W	offer	nVa	C
W	offered	V	-
W	offering	nV	C
W	offerings	N	C
W	offerors	N	P
W	offers	nV	C
W	office	N	F
W	officer	Nv	P
W	officers	Nv	P
W	offices	N	F
W	official	Na	P
W	officially	R	-
W	officials	N	P
W	offing	Nv	T
W	offs	V	-
W	offset	nV	T
W	offseting	V	-
W	offsets	nV	T
W	offsetting	V	-
W	offshore	aR	-
W	often	R	-
W	ogden	N	P
W	oh	N	L
W	ohio	N	L
W	oil	Nv	-
W	oil-bearing	A	-
W	oilfield	N	L
W	oilfields	N	L
W	oilman	N	P
W	oilmen	N	P
W	oils	Nv	-
W	ointment	N	A
W	ois	N	G
W	ok	naR	L
W	okay	nvAr	C
W	oklahoma	N	L
W	old	nA	T
W	older	A	-
W	oldest	A	-
W	oligarchic	A	-
W	oligarchs	N	P
W	oligarchy	N	G
W	olive	nA	-
W	oliver	nA	P
W	olivier	N	P
W	olympia	N	L
W	olympic	A	-
W	olympics	N	E
W	omaha	N	P
W	oman	N	L
W	omani	Na	P
W	omb	N	G
W	ombudsman	N	P
W	omega	N	E
W	ominous	A	-
W	omission	N	E
W	omissions	N	E
W	omit	V	-
W	omits	V	-
W	omitted	V	-
W	omnibus	Na	C
W	on	aR	-
W	on-going	A	-
W	on-line	A	-
W	on-site	A	-
W	once	R	-
W	ondaatje	N	P
W	one	nA	-
W	one-off	N	E
W	one-sided	A	-
W	one-time	A	-
W	one-way	A	-
W	one-year	A	-
W	onerous	A	-
W	onetime	A	-
W	ongoing	A	-
W	online	A	-
W	onlookers	N	P
W	only	aR	-
W	onset	N	E
W	onshore	Ar	-
W	onslaught	N	E
W	onward	R	-
W	onwards	R	-
W	opec	N	G
W	opel	N	P
W	open	nVa	L
W	open-ended	A	-
W	opened	Va	-
W	opening	nVa	-
W	openly	R	-
W	opens	nV	L
W	operable	A	-
W	operate	V	-
W	operated	V	-
W	operates	V	-
W	operating	Va	-
W	operational	A	-
W	operations	N	E
W	operative	nA	P
W	operatives	N	P
W	ophthalmic	A	-
W	oporto	N	L
W	oppenheimer	N	P
W	opponent	Na	P
W	opponents	N	P
W	opportune	A	-
W	opportunistic	A	-
W	oppose	V	-
W	opposed	Va	-
W	opposes	V	-
W	opposing	Va	-
W	opposite	nAr	C
W	opposition	N	E
W	oppressed	vA	-
W	opt	V	-
W	opted	V	-
W	optic	Na	-
W	optical	A	-
W	optimal	A	-
W	optimistic	A	-
W	optimistically	R	-
W	optimists	N	P
W	optimize	V	-
W	optimum	nA	-
W	opting	V	-
W	optional	A	-
W	or	N	L
W	oracle	N	P
W	oral	nA	C
W	orally	R	-
W	orange	Na	-
W	orbit	Nv	L
W	orchards	N	A
W	orchestrated	Va	-
W	orchestrating	V	-
W	orchestration	N	C
W	order	Nv	C
W	ordered	Va	-
W	ordering	nV	G
W	orderly	nA	P
W	orders	Nv	C
W	ordinance	N	C
W	ordinaries	N	P
W	ordinary	nA	P
W	ordnance	N	A
W	oregon	N	L
W	orestes	N	P
W	organic	nA	-
W	organically	R	-
W	organisation	N	G
W	organisational	A	-
W	organisations	N	G
W	organise	V	-
W	organised	Va	-
W	organisers	N	P
W	organising	V	-
W	organization	N	G
W	organizational	A	-
W	organizations	N	G
W	organize	V	-
W	organized	Va	-
W	organizers	N	P
W	organizing	V	-
W	orient	nV	L
W	oriental	nA	P
W	orientated	Va	-
W	orientation	N	E
W	oriented	Va	-
W	origin	N	L
W	original	nA	A
W	originally	R	-
W	originated	V	-
W	originations	N	E
W	origins	N	L
W	orion	N	P
W	orlando	N	L
W	orleans	N	L
W	orphan	Nv	P
W	orr	N	P
W	ors	N	L
W	orthodox	A	-
W	orthopedic	A	-
W	osaka	N	L
W	osborne	N	P
W	oscar	N	C
W	oslo	N	L
W	ostensible	A	-
W	ostensibly	R	-
W	oswald	N	P
W	other	A	-
W	otherwise	aR	-
W	ottawa	N	P
W	ottoman	Na	P
W	oust	V	-
W	ousted	V	-
W	ousting	nV	E
W	out	nvaR	E
W	out-of-date	A	-
W	out-of-pocket	A	-
W	outbid	V	-
W	outboard	Na	V
W	outbound	A	-
W	outbreak	N	E
W	outbreaks	N	E
W	outcome	N	E
W	outcomes	N	E
W	outcry	Nv	C
W	outdated	A	-
W	outdoor	A	-
W	outer	A	-
W	outfits	Nv	G
W	outfitters	N	P
W	outflow	N	E
W	outflows	N	E
W	outgoing	vA	-
W	outlawed	Va	-
W	outlay	N	E
W	outlays	N	E
W	outlet	N	F
W	outlets	N	F
W	outline	nV	L
W	outlined	Va	-
W	outlines	nV	L
W	outlining	V	-
W	outmoded	Va	-
W	outnumbering	V	-
W	outpace	V	-
W	outpaced	V	-
W	outpacing	V	-
W	outperform	V	-
W	outpost	N	L
W	outposts	N	L
W	output	Nv	A
W	outrage	Nv	-
W	outright	aR	-
W	outs	Nv	E
W	outset	N	T
W	outside	nAr	L
W	outsiders	N	P
W	outsized	A	-
W	outskirts	N	L
W	outsourcing	V	-
W	outspoken	A	-
W	outstanding	A	-
W	outstripped	V	-
W	outstripping	V	-
W	outturn	N	A
W	outward	Ar	-
W	outweigh	V	-
W	outweighed	V	-
W	outweighing	V	-
W	ov	N	G
W	oval	nA	-
W	ovarian	A	-
W	ovens	N	A
W	over	naR	T
W	over-the-counter	A	-
W	overall	nA	A
W	overburden	nV	-
W	overburdened	Va	-
W	overcame	V	-
W	overcast	Nva	-
W	overcharged	V	-
W	overcharges	Nv	-
W	overcharging	V	-
W	overcome	V	-
W	overcoming	V	-
W	overcrowded	V	-
W	overdone	vA	-
W	overdue	A	-
W	overestimated	V	-
W	overhang	Nv	F
W	overhanging	V	-
W	overhaul	nV	E
W	overhauling	V	-
W	overhauls	nV	E
W	overhead	nAr	-
W	overheated	Va	-
W	overland	A	-
W	overlap	nV	-
W	overlays	nV	A
W	overlook	nV	L
W	overlooked	Va	-
W	overlooking	Va	-
W	overly	R	-
W	overnight	Ar	-
W	overpriced	vA	-
W	overproducing	V	-
W	overproduction	N	E
W	overran	V	-
W	overreach	V	-
W	overreact	V	-
W	overreacted	V	-
W	overreaction	N	E
W	override	nV	A
W	overriding	Va	-
W	overrode	V	-
W	overrun	nV	E
W	overseas	aR	-
W	oversee	V	-
W	overseeing	V	-
W	oversees	V	-
W	overshadowed	V	-
W	overshoot	nV	E
W	overshooting	V	-
W	overshot	Va	-
W	oversold	V	-
W	overspending	V	-
W	overstated	Va	-
W	overstatement	N	C
W	overstating	V	-
W	overstays	V	-
W	oversubscribed	A	-
W	oversupplies	Nv	-
W	oversupply	Nv	-
W	overt	A	-
W	overtaken	V	-
W	overthrow	nV	E
W	overthrown	V	-
W	overtime	Nr	T
W	overtly	R	-
W	overture	N	C
W	overtures	N	C
W	overturn	nV	E
W	overturned	Va	-
W	overvaluation	N	C
W	overvalued	V	-
W	overview	N	C
W	overwhelmed	V	-
W	overwhelming	vA	-
W	overwhelmingly	R	-
W	owe	V	-
W	owed	V	-
W	owen	N	P
W	owens	N	P
W	owes	V	-
W	owing	Va	-
W	own	vA	-
W	owned	Va	-
W	owner	nA	P
W	owners	N	P
W	owning	V	-
W	owns	V	-
W	oxford	N	L
W	pa	N	P
W	pac	N	G
W	pace	Nv	T
W	paced	V	-
W	pacific	Na	-
W	pack	nV	-
W	package	Nv	G
W	packaged	Va	-
W	packages	Nv	G
W	packaging	nV	E
W	packed	Va	-
W	packer	N	P
W	packers	N	P
W	packet	N	G
W	packing	nV	-
W	pacs	N	G
W	pact	N	C
W	pacts	N	C
W	pad	Nv	-
W	padding	nV	A
W	paddy	N	P
W	pads	Nv	-
W	padua	N	L
W	page	Nv	C
W	pages	Nv	C
W	paging	Nv	C
W	paid	Va	-
W	paid-up	A	-
W	pain	Nv	-
W	paine	N	P
W	painful	A	-
W	painfully	R	-
W	pains	Nv	E
W	painstaking	A	-
W	painstakingly	R	-
W	paint	nV	A
W	painted	Va	-
W	paints	nV	A
W	pair	Nv	G
W	paired	Va	-
W	pairs	Nv	G
W	pajamas	N	A
W	pakistan	N	L
W	pakistani	Na	P
W	pal	Nv	P
W	palace	N	F
W	palermo	N	L
W	palestine	N	L
W	palestinian	Na	P
W	palestinians	N	P
W	pall	nV	-
W	palladian	A	-
W	palm	Nv	-
W	palmer	N	P
W	palms	Nv	-
W	pan	Nv	A
W	panacea	N	P
W	panama	N	L
W	panamanian	Na	P
W	pancreatic	A	-
W	panel	Nv	A
W	panelists	N	P
W	panels	Nv	A
W	panhandle	Nv	L
W	panic	Nv	-
W	panicked	Va	-
W	panicking	V	-
W	pantries	N	F
W	pap	N	C
W	paper	Nv	-
W	papers	Nv	C
W	paperwork	N	E
W	papua	N	L
W	papuan	Na	P
W	par	Nv	-
W	parachute	Nv	A
W	parachutes	Nv	A
W	parade	Nv	G
W	paradise	N	L
W	paradoxically	R	-
W	paragraph	Nv	C
W	paraguay	N	L
W	parallel	nvA	-
W	paralysed	V	-
W	paralyzed	Va	-
W	paramaribo	N	L
W	paramilitary	Na	G
W	paramount	A	-
W	paratroopers	N	P
W	parcel	Nv	A
W	parcels	Nv	A
W	parched	Va	-
W	pardon	nV	E
W	pardoned	V	-
W	pare	V	-
W	pared	V	-
W	parent	Nv	P
W	parentheses	N	C
W	parents	Nv	P
W	paring	nV	-
W	paris	N	L
W	parish	N	G
W	park	Nv	L
W	parked	Va	-
W	parker	N	P
W	parking	nV	-
W	parkinson	N	P
W	parks	Nv	P
W	parliament	N	G
W	parliamentarians	N	P
W	parliamentary	A	-
W	parrish	N	P
W	parrot	Nv	-
W	part	Nvr	-
W	part-time	Ar	-
W	partial	nA	-
W	partially	R	-
W	participant	N	P
W	participants	N	P
W	participate	V	-
W	participated	V	-
W	participating	Va	-
W	participation	N	E
W	participations	N	E
W	particular	nA	-
W	particularly	R	-
W	parties	Nv	G
W	partisan	nA	P
W	partly	R	-
W	partner	Nv	P
W	partners	Nv	P
W	partnership	N	G
W	partnerships	N	G
W	parts	Nv	L
W	party	Nv	G
W	pass	nVa	E
W	pass-through	N	A
W	passage	N	E
W	passed	V	-
W	passenger	N	P
W	passengers	N	P
W	passes	nV	E
W	passing	nVar	E
W	passionate	A	-
W	passive	nA	-
W	passport	N	C
W	passports	N	C
W	past	Nar	T
W	pasteurized	Va	-
W	pastoral	nA	C
W	pasture	Nv	L
W	pastures	Nv	L
W	pat	nVar	E
W	patch	Nv	-
W	patches	Nv	-
W	patching	nV	E
W	patchy	A	-
W	patent	Nva	C
W	patented	Va	-
W	patents	Nv	C
W	path	N	E
W	pathetic	A	-
W	pathfinder	N	P
W	paths	N	E
W	patient	Na	P
W	patients	N	P
W	paton	N	P
W	patrick	N	P
W	patriot	N	P
W	patrol	Nv	G
W	patrolled	V	-
W	patrols	Nv	G
W	patronage	Nv	E
W	patten	N	A
W	pattern	Nv	-
W	patterns	Nv	-
W	paul	N	P
W	pause	nV	T
W	pausing	V	-
W	pave	Nv	F
W	paved	vA	-
W	paves	Nv	F
W	paving	Nv	-
W	pay	nV	-
W	payable	nA	-
W	payday	N	T
W	payed	V	-
W	payers	N	P
W	paying	Va	-
W	payload	N	A
W	pays	nV	-
W	pc	N	A
W	pcp	N	P
W	pcs	N	A
W	pda	N	A
W	pe	N	C
W	peabody	N	P
W	peaceful	A	-
W	peacefully	R	-
W	peacetime	N	T
W	peach	Nv	-
W	peak	Nv	-
W	peaked	vA	-
W	peaking	V	-
W	peaks	Nv	-
W	peanut	Na	-
W	pearl	Nv	-
W	peasant	N	P
W	peasants	N	P
W	peavey	N	A
W	peck	nV	-
W	pecking	V	-
W	pedal	Nva	C
W	peddling	nV	E
W	peer	nV	P
W	peerless	A	-
W	peers	nV	P
W	peg	Nv	A
W	pegasus	N	P
W	pegged	V	-
W	pegging	V	-
W	peking	N	L
W	pel	N	A
W	penal	A	-
W	penalise	V	-
W	penalize	V	-
W	penalized	V	-
W	penalties	N	E
W	penalty	N	E
W	pending	A	-
W	penetrate	V	-
W	penetrated	V	-
W	penetrating	Va	-
W	penetration	N	E
W	peninsular	A	-
W	penn	N	P
W	pennsylvania	N	L
W	penobscot	N	P
W	pens	Nv	A
W	pensacola	N	L
W	pension	Nv	-
W	pensioners	N	P
W	pensions	Nv	-
W	pent-up	A	-
W	pentagon	N	F
W	people	Nv	G
W	peoples	Nv	G
W	peoria	N	L
W	pepper	nV	-
W	perceive	V	-
W	perceived	Va	-
W	perceptibly	R	-
W	perceptive	A	-
W	perennial	nA	-
W	perfect	nvA	-
W	perfected	Va	-
W	perfecting	V	-
W	perfectly	R	-
W	perfidious	A	-
W	perforations	N	A
W	perform	V	-
W	performance	N	C
W	performances	N	C
W	performed	V	-
W	performer	N	P
W	performers	N	P
W	performing	nV	E
W	performs	V	-
W	perfume	Nv	-
W	perhaps	R	-
W	period	N	T
W	periodic	A	-
W	periodically	R	-
W	periods	N	T
W	peripheral	nA	A
W	peripherals	N	A
W	perishable	Na	-
W	perjury	N	E
W	perk	Nv	-
W	perks	Nv	-
W	permanent	nA	-
W	permanently	R	-
W	permian	N	T
W	permissible	A	-
W	permission	N	C
W	permissive	A	-
W	permit	nV	C
W	permits	nV	C
W	permitted	V	-
W	permitting	V	-
W	peroxide	Nv	-
W	perpetrated	V	-
W	perpetrator	N	P
W	perpetrators	N	P
W	perpetual	A	-
W	perplexed	vA	-
W	perplexing	vA	-
W	perry	N	P
W	persecution	N	E
W	pershing	N	P
W	persian	Na	P
W	persist	V	-
W	persisted	V	-
W	persistent	A	-
W	persistently	R	-
W	persists	V	-
W	personal	nA	C
W	personalize	V	-
W	personally	R	-
W	personnel	N	G
W	persuade	V	-
W	persuaded	V	-
W	persuading	V	-
W	persuasive	A	-
W	pert	A	-
W	pertain	V	-
W	pertaining	V	-
W	pertains	V	-
W	perth	N	L
W	pertinent	A	-
W	peru	N	L
W	peruvian	Na	P
W	pervasive	A	-
W	perversely	R	-
W	pessimistic	A	-
W	pessimists	N	P
W	pet	Nva	-
W	peter	Na	P
W	peters	N	P
W	petersburg	N	L
W	petite	nA	-
W	petition	Nv	C
W	petitioned	V	-
W	petitioners	N	P
W	petitioning	V	-
W	petitions	Nv	C
W	pets	Nv	-
W	petty	Na	E
W	pew	N	A
W	pharma	N	G
W	pharmaceutical	nA	A
W	pharmaceuticals	N	A
W	phase	Nv	T
W	phase-out	N	E
W	phased	V	-
W	phases	Nv	T
W	phasing	V	-
W	philadelphia	N	L
W	philip	N	P
W	philippi	N	L
W	philippine	Na	C
W	philippines	N	L
W	philips	N	P
W	philosopher	N	P
W	philosophical	A	-
W	phoenix	N	L
W	phone	Nv	A
W	phoned	V	-
W	phones	Nv	A
W	phony	nA	P
W	photo	N	A
W	photocopiers	N	A
W	photograph	Nv	A
W	photographic	A	-
W	photographs	Nv	A
W	photography	N	E
W	photos	N	A
W	phrase	Nv	C
W	phrases	Nv	C
W	phs	N	G
W	physical	A	-
W	physically	R	-
W	physician	N	P
W	physicians	N	P
W	piano	Nar	A
W	pic	N	C
W	pick	nV	-
W	picked	V	-
W	picker	N	P
W	picket	Nv	P
W	picketed	V	-
W	picketing	V	-
W	pickets	Nv	P
W	picking	nV	-
W	pickle	Nv	-
W	pickpocket	N	P
W	picks	nV	-
W	pickup	N	V
W	picture	Nv	A
W	pictured	Va	-
W	pictures	Nv	A
W	piece	Nv	A
W	piecemeal	Ar	-
W	pieces	Nv	A
W	piedmont	N	L
W	pier	N	A
W	pierce	nV	P
W	piercing	Va	-
W	pierre	N	L
W	piers	N	A
W	pig	Nv	-
W	pigments	Nv	-
W	pigs	Nv	-
W	pike	N	A
W	pile	Nv	G
W	piled	V	-
W	pilgrim	N	P
W	piling	nV	A
W	pill	N	A
W	pills	N	A
W	pilot	Nv	P
W	pilots	Nv	P
W	pima	N	P
W	pin	nV	A
W	pinch	nV	-
W	pincus	N	P
W	pine	Nv	-
W	pinnacle	Nv	F
W	pinned	V	-
W	pinpoint	nV	T
W	pins	nV	A
W	pioneer	nV	P
W	pioneered	V	-
W	pipe	Nv	A
W	pipeline	N	C
W	pipelines	N	C
W	piper	N	P
W	pipes	Nv	A
W	piping	nVr	A
W	piracy	N	E
W	pirating	V	-
W	pistol	N	W
W	pit	Nv	-
W	pitch	nV	-
W	pitched	Va	-
W	pitman	N	P
W	pits	Nv	-
W	pitting	nV	-
W	pitts	N	P
W	pittsburgh	N	L
W	pity	Nv	-
W	pivot	nV	P
W	pivotal	A	-
W	place	Nv	L
W	placebo	N	A
W	placed	Va	-
W	places	Nv	L
W	placid	A	-
W	placing	V	-
W	plagued	V	-
W	plaguing	V	-
W	plaid	N	A
W	plain	nvAr	-
W	plainly	R	-
W	plains	Nv	-
W	plaintiff	N	P
W	plaintiffs	N	P
W	plan	nV	-
W	plane	Nva	V
W	planes	nV	V
W	plank	Nv	-
W	planks	Nv	-
W	planned	Va	-
W	planner	N	P
W	planners	N	P
W	planning	nV	E
W	plans	nV	-
W	plant	Nv	F
W	planted	Va	-
W	planters	N	P
W	planting	nV	E
W	plantings	N	E
W	plants	Nv	F
W	plastic	Na	-
W	plate	Nv	A
W	plates	Nv	A
W	platform	N	A
W	platforms	N	A
W	platoon	N	G
W	platter	N	A
W	plausible	A	-
W	play	nV	C
W	playback	N	E
W	playboy	N	P
W	played	Va	-
W	player	Na	P
W	players	N	P
W	playing	nV	E
W	plays	nV	C
W	plaza	N	L
W	plea	N	C
W	plead	V	-
W	pleaded	V	-
W	pleas	N	C
W	pleasant	A	-
W	pleasantly	R	-
W	please	Vr	-
W	pleased	Va	-
W	pleasing	nVa	E
W	plebiscite	N	E
W	pledge	nV	-
W	pledged	Va	-
W	pledges	nV	-
W	pledging	V	-
W	plentiful	A	-
W	plenty	Nr	-
W	plenum	N	G
W	plies	nV	A
W	plight	Nv	-
W	plot	Nv	-
W	plotter	N	P
W	plotters	N	P
W	plotting	V	-
W	plough	Nv	-
W	ploughed	Va	-
W	ploughing	Nv	E
W	plowed	Va	-
W	ploy	N	C
W	plug	Nv	F
W	plugging	V	-
W	plum	nR	-
W	plumbing	Nv	F
W	plumes	Nv	-
W	plummet	nV	A
W	plummeted	V	-
W	plummeting	V	-
W	plunge	nV	E
W	plunged	V	-
W	plunges	nV	E
W	plunging	V	-
W	plus	Na	-
W	plush	nA	A
W	plying	V	-
W	plymouth	N	L
W	plywood	N	F
W	pm	N	E
W	pneumatic	A	-
W	pob	N	A
W	pocket	Nv	A
W	pockets	Nv	A
W	pod	Nv	-
W	podium	N	A
W	pods	Nv	-
W	point	Nv	-
W	point-of-sale	A	-
W	pointed	Va	-
W	pointing	V	-
W	points	Nv	-
W	poised	Va	-
W	poison	Nv	-
W	poisoned	V	-
W	poisoning	nV	-
W	poking	nV	E
W	poland	N	L
W	polar	A	-
W	polaroid	N	A
W	poles	Nv	A
W	police	Nv	G
W	policeman	N	P
W	policemen	N	P
W	polices	Nv	G
W	policing	V	-
W	policy-making	A	-
W	policyholders	N	P
W	polish	nVa	-
W	politburo	N	G
W	polite	A	-
W	political	A	-
W	politically	R	-
W	politician	N	P
W	politicians	N	P
W	politicking	V	-
W	politico	N	P
W	poll	Nv	-
W	pollard	Nv	-
W	polled	V	-
W	polling	V	-
W	pollock	N	P
W	polls	Nv	L
W	pollsters	N	P
W	polluting	V	-
W	polo	N	P
W	polygraph	N	A
W	polygraphs	N	A
W	pontiac	N	P
W	pontiacs	N	P
W	pool	Nv	A
W	pooled	V	-
W	poolers	N	P
W	pooling	V	-
W	pools	Nv	A
W	poor	nA	G
W	poorer	A	-
W	poorest	A	-
W	poorly	aR	-
W	poors	N	G
W	pop	nVar	P
W	pope	N	P
W	popular	A	-
W	popularising	V	-
W	popularized	V	-
W	populated	Va	-
W	population	N	G
W	populations	N	G
W	populous	A	-
W	porcine	A	-
W	porn	N	E
W	port	Nva	L
W	portable	nA	A
W	portal	N	A
W	portend	V	-
W	porter	Nva	P
W	portfolio	N	A
W	portfolios	N	A
W	portion	Nv	-
W	portions	Nv	-
W	portland	N	L
W	porto	N	L
W	portray	V	-
W	portrayed	Va	-
W	ports	Nv	L
W	portsmouth	N	L
W	portugal	N	L
W	portuguese	Na	C
W	pose	nV	-
W	posed	Va	-
W	poseidon	N	P
W	poses	nV	-
W	posing	nV	E
W	position	Nv	L
W	positioned	V	-
W	positioning	nVa	E
W	positions	Nv	L
W	positive	nA	C
W	positively	R	-
W	positives	N	C
W	possess	V	-
W	possessed	Va	-
W	possesses	V	-
W	possession	N	E
W	possible	nA	-
W	possibly	R	-
W	post	Nv	L
W	postal	A	-
W	posted	Va	-
W	posting	nV	C
W	postings	N	C
W	postmaster	N	P
W	postpone	V	-
W	postponed	V	-
W	postponement	N	T
W	postponing	V	-
W	posts	Nv	L
W	postscript	N	C
W	posture	Nv	-
W	posturing	Nv	-
W	postwar	A	-
W	pot	Nv	A
W	potent	A	-
W	potential	nA	-
W	potentially	R	-
W	potsdam	N	L
W	poulenc	N	P
W	pound	Nv	-
W	pounded	V	-
W	pounds	Nv	-
W	pour	V	-
W	poured	V	-
W	pouring	Va	-
W	powder	Nv	-
W	powdered	vA	-
W	powell	N	P
W	power	Nv	-
W	powered	Va	-
W	powerful	Ar	-
W	powerhouse	N	P
W	powers	Nv	-
W	practicable	A	-
W	practical	A	-
W	practically	R	-
W	practice	Nv	E
W	practiced	Va	-
W	practices	Nv	E
W	practised	Va	-
W	practises	V	-
W	pragmatic	nA	C
W	prague	N	L
W	prairie	N	L
W	praise	nV	C
W	praised	V	-
W	praises	nV	C
W	praising	Va	-
W	prank	Nv	E
W	praxis	N	E
W	pre-empt	N	C
W	pre-existing	A	-
W	preacher	N	P
W	precambrian	N	T
W	precarious	A	-
W	precaution	N	E
W	precautionary	A	-
W	precautions	N	E
W	preceded	V	-
W	precedent	Na	-
W	preceding	Va	-
W	precious	Ar	-
W	precipitate	nVa	-
W	precipitated	V	-
W	precipitous	A	-
W	precipitously	R	-
W	precise	A	-
W	precisely	R	-
W	preclude	V	-
W	precluded	V	-
W	precluding	V	-
W	preconditions	nV	C
W	predator	N	P
W	predators	N	P
W	predatory	A	-
W	predecessor	N	P
W	predecessors	N	P
W	predict	V	-
W	predictable	A	-
W	predicted	V	-
W	predicting	V	-
W	predicts	V	-
W	predisposed	vA	-
W	predominant	A	-
W	predominantly	R	-
W	preempt	nV	C
W	prefectural	A	-
W	prefecture	N	L
W	prefectures	N	L
W	prefer	V	-
W	preferable	A	-
W	preferably	R	-
W	prefered	V	-
W	preferential	A	-
W	prefering	V	-
W	preferred	Va	-
W	preferring	V	-
W	prefers	V	-
W	prefixed	V	-
W	pregnant	A	-
W	prejudge	V	-
W	prejudice	Nv	-
W	preliminary	nA	E
W	prelude	Nv	E
W	premature	A	-
W	prematurely	R	-
W	premier	Nva	P
W	premiers	Nv	P
W	premiership	N	E
W	premise	Nv	C
W	premises	Nv	L
W	premium	Na	-
W	prentice	N	P
W	preparation	N	E
W	preparations	N	E
W	preparatory	A	-
W	prepare	V	-
W	prepared	Va	-
W	prepares	V	-
W	preparing	V	-
W	prepay	V	-
W	prepayment	N	E
W	prepayments	N	E
W	prerecorded	Va	-
W	prerequisite	Na	-
W	prescient	A	-
W	presciently	R	-
W	prescott	N	L
W	prescribe	V	-
W	prescribed	Va	-
W	prescription	Na	C
W	prescriptions	N	C
W	present	nVa	T
W	presentation	N	E
W	presentations	N	E
W	presented	V	-
W	presenting	V	-
W	presently	R	-
W	presents	nV	T
W	preservation	N	E
W	preservative	Na	-
W	preserve	nV	-
W	preserved	Va	-
W	preserving	V	-
W	presided	V	-
W	presidency	N	T
W	president	N	P
W	presidential	A	-
W	presidents	N	P
W	presiding	V	-
W	press	nV	-
W	pressed	Va	-
W	pressing	nVa	E
W	pressman	N	P
W	pressure	Nv	-
W	pressured	V	-
W	pressures	Nv	-
W	pressuring	V	-
W	pressurise	V	-
W	pressurised	V	-
W	pressurized	V	-
W	prestigious	A	-
W	presumably	R	-
W	presume	V	-
W	presumed	V	-
W	presumptive	A	-
W	pretending	nV	E
W	pretext	N	C
W	pretoria	N	L
W	pretrial	N	C
W	pretty	aR	-
W	prevail	V	-
W	prevailed	V	-
W	prevailing	Va	-
W	prevails	V	-
W	prevarication	N	C
W	prevent	V	-
W	preventable	A	-
W	prevented	V	-
W	preventing	V	-
W	prevention	N	E
W	preventive	nA	A
W	prevents	V	-
W	preview	Nv	C
W	previous	A	-
W	previously	R	-
W	prey	Nv	P
W	price	Nv	-
W	priced	V	-
W	prices	Nv	-
W	pricey	A	-
W	pricing	nV	-
W	pride	Nv	-
W	prima	Na	-
W	primaries	N	E
W	primarily	R	-
W	primary	nA	E
W	prime	nvA	-
W	primes	Nv	-
W	prince	N	P
W	princeton	N	L
W	principal	nA	-
W	principally	R	-
W	print	nV	C
W	printed	V	-
W	printer	Na	P
W	printers	N	P
W	printing	nV	C
W	prints	nV	C
W	prior	nA	P
W	prison	N	F
W	prisoner	N	P
W	prisoners	N	P
W	prisons	N	F
W	pristine	A	-
W	private	nA	P
W	privately	R	-
W	privatisation	N	E
W	privatisations	N	E
W	privatise	V	-
W	privatised	V	-
W	privatization	N	E
W	privatize	V	-
W	privatized	V	-
W	privatizing	V	-
W	privilege	Nv	-
W	privileged	vA	-
W	privileges	Nv	-
W	prize	Nva	-
W	pro	nAr	P
W	probable	nA	P
W	probably	R	-
W	probation	N	T
W	probe	nV	-
W	probes	nV	-
W	probing	Va	-
W	procedural	A	-
W	procedure	N	E
W	procedures	N	E
W	proceed	V	-
W	proceeded	V	-
W	proceeding	nV	E
W	proceedings	N	E
W	proceeds	nV	-
W	process	Nv	E
W	processed	Va	-
W	processes	Nv	E
W	processing	nV	-
W	procession	N	E
W	processor	N	G
W	processors	N	G
W	proclaimed	Va	-
W	proclamation	N	C
W	procure	V	-
W	procured	V	-
W	procurement	N	E
W	prod	nV	C
W	produce	nV	-
W	produced	V	-
W	producer	N	P
W	producers	N	P
W	produces	nV	-
W	producing	V	-
W	product	N	A
W	production	N	E
W	productions	N	E
W	productive	A	-
W	productively	R	-
W	products	N	A
W	professed	Va	-
W	professional	nA	P
W	professionally	R	-
W	professionals	N	P
W	professor	N	P
W	profile	Nv	C
W	profiles	Nv	C
W	profit	Nv	-
W	profitable	A	-
W	profitably	R	-
W	profiting	V	-
W	profits	Nv	-
W	profound	A	-
W	profoundly	R	-
W	program	Nv	-
W	programing	nV	E
W	programme	Nv	C
W	programmed	V	-
W	programmers	N	P
W	programmes	nV	C
W	programming	nV	E
W	programs	Nv	-
W	progress	Nv	E
W	progressed	V	-
W	progresses	Nv	E
W	progressing	V	-
W	progression	N	G
W	progressive	nA	-
W	progressively	R	-
W	prohibit	V	-
W	prohibited	Va	-
W	prohibiting	V	-
W	prohibition	N	C
W	prohibitive	A	-
W	prohibits	V	-
W	project	Nv	E
W	projected	Va	-
W	projecting	Va	-
W	projector	N	A
W	projects	Nv	E
W	prolific	A	-
W	prolong	V	-
W	prolonged	vA	-
W	prominent	A	-
W	prominently	R	-
W	promise	nV	C
W	promised	V	-
W	promises	nV	C
W	promising	Va	-
W	promissory	A	-
W	promote	V	-
W	promoted	V	-
W	promoter	N	P
W	promoters	N	P
W	promoting	V	-
W	promotion	N	C
W	promotional	A	-
W	promotions	N	C
W	prompt	nVa	C
W	prompted	V	-
W	prompting	nV	C
W	promptly	R	-
W	prone	A	-
W	pronounced	Va	-
W	proof	Nva	-
W	prop	Nv	F
W	propaganda	N	C
W	propagandists	N	P
W	propagates	V	-
W	propel	V	-
W	propelled	V	-
W	propellers	N	A
W	proper	A	-
W	properly	R	-
W	proponent	N	P
W	proponents	N	P
W	proportion	Nv	-
W	proportional	nA	-
W	proportionate	A	-
W	proportionately	R	-
W	proportions	Nv	-
W	proposal	N	C
W	proposals	N	C
W	propose	V	-
W	proposed	V	-
W	proposes	V	-
W	proposing	V	-
W	propositions	Nv	C
W	propping	V	-
W	proprietary	Na	-
W	proprietors	N	P
W	prorated	V	-
W	proration	N	E
W	prosecute	V	-
W	prosecuted	V	-
W	prosecuting	V	-
W	prosecution	N	E
W	prosecutor	N	P
W	prosecutors	N	P
W	prospect	Nv	-
W	prospecting	V	-
W	prospective	A	-
W	prospects	Nv	-
W	prospectus	N	C
W	prospectuses	N	C
W	prosper	V	-
W	prostate	Na	-
W	prostitution	N	E
W	protect	V	-
W	protected	Va	-
W	protecting	Va	-
W	protection	N	E
W	protectionism	N	C
W	protectionist	N	P
W	protectionists	N	P
W	protections	N	E
W	protective	A	-
W	protects	V	-
W	protege	N	P
W	protest	nV	C
W	protestant	nA	P
W	protested	V	-
W	protesters	N	P
W	protesting	V	-
W	protests	nV	C
W	protocol	N	C
W	protocols	N	C
W	protracted	Va	-
W	proud	A	-
W	proudly	R	-
W	prove	V	-
W	proved	Va	-
W	proven	Va	-
W	proves	V	-
W	provide	V	-
W	provided	V	-
W	providence	N	L
W	provident	A	-
W	provider	N	P
W	providers	N	P
W	provides	V	-
W	providing	V	-
W	province	N	L
W	provinces	N	L
W	provincial	nA	P
W	provincially	R	-
W	proving	V	-
W	provision	Nv	C
W	provisional	A	-
W	provisionally	R	-
W	provisioning	V	-
W	provisions	Nv	-
W	provo	N	L
W	provocative	A	-
W	provoke	V	-
W	provoked	Va	-
W	provoking	Va	-
W	proxies	N	P
W	proxy	N	P
W	prozac	N	A
W	prudent	A	-
W	prudential	A	-
W	prudently	R	-
W	pruning	Nv	-
W	ps	N	C
W	pst	N	T
W	psychological	A	-
W	psychologically	R	-
W	public	nA	G
W	publication	N	C
W	publications	N	C
W	publicised	Va	-
W	publicity	N	C
W	publicize	V	-
W	publicized	Va	-
W	publicizing	nV	E
W	publicly	R	-
W	publics	N	G
W	publish	V	-
W	published	Va	-
W	publisher	N	G
W	publishers	N	G
W	publishes	V	-
W	publishing	nV	E
W	pubs	N	F
W	pull	nV	E
W	pullback	N	A
W	pulled	V	-
W	pulling	nV	E
W	pullman	N	V
W	pullout	N	E
W	pulp	Nv	-
W	pulping	V	-
W	pulses	Nv	E
W	pump	nV	A
W	pumped	Va	-
W	pumping	V	-
W	pumps	nV	A
W	punch	nV	E
W	punching	V	-
W	punctured	vA	-
W	pundits	N	P
W	punish	V	-
W	punished	Va	-
W	punishing	Va	-
W	punishment	N	E
W	punitive	A	-
W	punjab	N	L
W	punt	nV	-
W	punts	nV	-
W	puppet	N	A
W	puppets	N	A
W	purchase	nV	E
W	purchased	V	-
W	purchaser	N	P
W	purchasers	N	P
W	purchases	nV	E
W	purchasing	nV	E
W	pure	A	-
W	purees	Nv	-
W	purely	R	-
W	purge	nV	E
W	purging	Nva	E
W	purification	N	E
W	purified	V	-
W	purify	V	-
W	purloined	V	-
W	purported	V	-
W	purporting	V	-
W	purpose	Nv	-
W	purposefully	R	-
W	purposes	Nv	-
W	purse	Nv	A
W	pursing	V	-
W	pursuant	A	-
W	pursue	V	-
W	pursued	nVa	P
W	pursuing	Va	-
W	pursuit	N	E
W	purveyors	N	P
W	push	nV	E
W	pushed	V	-
W	pushes	nV	E
W	pushing	nV	E
W	put	nV	E
W	putin	N	P
W	puts	nV	E
W	putting	nV	E
W	puzzled	Va	-
W	pylon	N	F
W	pyongyang	N	L
W	pyramid	nV	-
W	q	N	C
W	qaeda	N	G
W	qatar	N	L
W	qatari	Na	P
W	quadrupled	V	-
W	quadrupling	Nv	-
W	quail	nV	-
W	quake	Nv	E
W	quaker	N	P
W	quakes	Nv	E
W	qualified	Va	-
W	qualifies	V	-
W	qualify	V	-
W	qualifying	nV	-
W	quality	Na	-
W	quantify	V	-
W	quantitative	A	-
W	quarrel	nV	C
W	quarries	Nv	P
W	quarter	Nv	-
W	quarterly	nAr	C
W	quarters	Nv	F
W	quasi	A	-
W	quay	N	A
W	quebec	N	L
W	queen	Nv	-
W	queensland	N	L
W	quell	V	-
W	quelled	Va	-
W	queried	V	-
W	queries	nV	C
W	query	nV	C
W	quest	Nv	-
W	question	Nv	C
W	questionable	A	-
W	questioned	V	-
W	questioner	N	P
W	questioning	nVa	C
W	questionnaire	N	C
W	questionnaires	N	C
W	questions	Nv	C
W	queues	Nv	G
W	quick	nAr	-
W	quicken	V	-
W	quicker	Ar	-
W	quickly	R	-
W	quicksilver	nA	-
W	quiet	nvAr	-
W	quieted	V	-
W	quieter	A	-
W	quietly	R	-
W	quill	N	A
W	quincy	N	P
W	quintette	N	G
W	quipped	V	-
W	quit	V	-
W	quite	R	-
W	quito	N	L
W	quorum	N	G
W	quotation	N	C
W	quotations	N	C
W	quote	nV	C
W	quoted	V	-
W	quotes	nV	C
W	quoting	V	-
W	rabat	N	L
W	rabbit	Nv	-
W	race	Nv	E
W	races	Nv	E
W	racial	A	-
W	racially	R	-
W	racine	N	P
W	racing	nV	E
W	racist	Na	P
W	racked	V	-
W	racketeering	Nv	E
W	radar	N	A
W	radical	nA	-
W	radicalized	V	-
W	radically	R	-
W	radio	Nva	C
W	radioactive	A	-
W	radios	Nv	C
W	raf	N	G
W	raffles	Nv	P
W	raft	Nv	A
W	raged	V	-
W	ragged	vA	-
W	raging	Va	-
W	raid	nV	E
W	raided	V	-
W	raider	N	P
W	raiders	N	P
W	raiding	Va	-
W	raids	nV	E
W	rail	Nv	F
W	railroad	Nv	A
W	railroads	Nv	A
W	rails	Nv	A
W	railway	N	A
W	railways	N	A
W	rain	Nv	-
W	rainier	A	-
W	rains	Nv	-
W	rainy	A	-
W	raise	nV	-
W	raised	Va	-
W	raises	nV	-
W	raising	nVa	E
W	raked	V	-
W	raleigh	N	P
W	rallied	V	-
W	rallies	nV	G
W	rally	nV	G
W	rallying	nVa	E
W	ram	nV	A
W	ramadan	N	T
W	rambler	N	P
W	ramifications	N	E
W	ramp	Nv	A
W	rampant	A	-
W	ramping	V	-
W	ramps	Nv	A
W	ran	V	-
W	ranch	Nv	A
W	ranchers	N	P
W	random	A	-
W	rang	V	-
W	range	Nv	-
W	ranged	V	-
W	ranger	N	P
W	ranges	Nv	-
W	ranging	Va	-
W	rank	Nva	G
W	ranked	Va	-
W	rankin	N	P
W	ranking	nVa	-
W	ranks	Nv	G
W	ransacked	Va	-
W	ransom	Nv	-
W	rape	nV	-
W	raped	Va	-
W	rapid	nA	-
W	rapidly	R	-
W	rapier	N	W
W	rapporteur	N	P
W	rapprochement	N	E
W	rare	A	-
W	rarely	R	-
W	rash	Na	-
W	rasmussen	N	P
W	rate	Nv	T
W	rated	V	-
W	rates	Nv	-
W	rather	R	-
W	ratification	N	C
W	ratified	Va	-
W	ratifies	V	-
W	ratify	V	-
W	ratifying	V	-
W	rating	nV	-
W	ration	Nv	-
W	rational	nA	-
W	rationalise	V	-
W	rationalising	V	-
W	rationalize	V	-
W	rationalizing	V	-
W	rationally	R	-
W	rationing	Nv	E
W	rations	Nv	-
W	rattled	Va	-
W	ravaging	Nva	E
W	raven	Nv	-
W	ravenna	N	E
W	raw	nA	-
W	ray	Nv	-
W	rays	Nv	-
W	rbi	N	E
W	re-emerge	V	-
W	re-enter	V	-
W	re-entered	V	-
W	re-establishment	N	E
W	re-examine	V	-
W	re-introduce	V	-
W	re-introduction	N	C
W	reach	nV	L
W	reached	V	-
W	reaches	nV	L
W	reaching	nV	E
W	react	V	-
W	reacted	V	-
W	reacting	V	-
W	reactionary	Na	P
W	reactivate	V	-
W	reactor	N	A
W	reactors	N	A
W	reacts	V	-
W	read	nV	C
W	reader	N	P
W	readers	N	P
W	readily	R	-
W	reading	nV	-
W	readjustment	N	E
W	readout	N	C
W	reads	nV	C
W	ready	nvA	-
W	reaffirm	V	-
W	reaffirmation	N	C
W	reaffirmed	V	-
W	reaffirming	V	-
W	reagan	N	P
W	real	nAr	-
W	real-time	A	-
W	realigned	V	-
W	realigning	V	-
W	realisation	N	C
W	realise	V	-
W	realised	Va	-
W	realises	V	-
W	realistic	A	-
W	realistically	R	-
W	realizable	A	-
W	realize	V	-
W	realized	Va	-
W	realizing	V	-
W	reallocate	V	-
W	reallocated	V	-
W	really	R	-
W	realtors	N	P
W	reap	V	-
W	reaped	V	-
W	reappeared	V	-
W	rear	Nva	G
W	rearranged	V	-
W	reason	Nv	-
W	reasonable	A	-
W	reasonably	R	-
W	reasoned	Va	-
W	reasoning	nVa	-
W	reasons	Nv	-
W	reassemble	V	-
W	reassert	V	-
W	reassess	V	-
W	reassessing	V	-
W	reassigning	V	-
W	reassurance	N	E
W	reassure	V	-
W	reassured	Va	-
W	reassuring	Va	-
W	rebate	Nv	-
W	rebates	Nv	-
W	rebecca	N	P
W	rebel	Nv	P
W	rebelled	V	-
W	rebellion	N	E
W	rebels	Nv	P
W	rebound	nV	E
W	rebounded	V	-
W	rebounding	V	-
W	rebuff	nV	E
W	rebuffed	V	-
W	rebuild	V	-
W	rebuilding	nV	E
W	rebuilt	V	-
W	rebuked	V	-
W	rebuttal	N	C
W	recalcitrant	A	-
W	recalculated	V	-
W	recalculating	V	-
W	recalculation	N	E
W	recall	nV	C
W	recalled	V	-
W	recalling	V	-
W	recalls	nV	C
W	recapture	nV	E
W	recaptured	V	-
W	recapturing	V	-
W	recede	V	-
W	receded	V	-
W	receding	nVa	E
W	receipt	Nv	E
W	receipts	Nv	-
W	receivable	A	-
W	receive	V	-
W	received	Va	-
W	receiver	N	A
W	receivers	N	A
W	receives	V	-
W	receiving	V	-
W	recent	nA	T
W	recently	R	-
W	reception	N	C
W	receptive	A	-
W	recess	nV	-
W	recessed	Va	-
W	recessionary	A	-
W	recipe	N	C
W	recipient	N	P
W	recipients	N	P
W	reciprocal	nA	-
W	recission	N	E
W	recklessly	R	-
W	reckoned	V	-
W	reclaim	V	-
W	reclamation	N	E
W	reclassification	N	E
W	reclassified	V	-
W	reclassify	V	-
W	recognise	V	-
W	recognised	Va	-
W	recognises	V	-
W	recognize	V	-
W	recognized	Va	-
W	recognizes	V	-
W	recognizing	V	-
W	recombinant	Na	-
W	recommend	V	-
W	recommendation	N	C
W	recommendations	N	C
W	recommended	V	-
W	recommending	V	-
W	recommends	V	-
W	reconcile	V	-
W	reconciled	Va	-
W	reconciliation	N	E
W	reconfirmed	V	-
W	reconnaissance	N	E
W	reconsider	V	-
W	reconsideration	N	C
W	reconsidered	V	-
W	reconstituted	V	-
W	reconstituting	V	-
W	reconstruct	V	-
W	reconstruction	N	T
W	reconvene	V	-
W	reconvened	V	-
W	reconvenes	V	-
W	record	Nv	C
W	record-breaking	A	-
W	recorded	Va	-
W	recorder	Na	A
W	recorders	N	A
W	recording	nV	A
W	recordings	N	A
W	records	Nv	C
W	recoup	V	-
W	recouped	V	-
W	recouping	V	-
W	recourse	N	E
W	recover	V	-
W	recoverable	A	-
W	recovered	Va	-
W	recoveries	N	E
W	recovering	Va	-
W	recovers	V	-
W	recovery	N	E
W	recreate	V	-
W	recreation	N	E
W	recreational	A	-
W	recruit	nV	P
W	recruited	V	-
W	recruiting	V	-
W	recruitment	N	E
W	recruits	nV	P
W	rectal	A	-
W	rectify	V	-
W	recur	V	-
W	recurrence	N	E
W	recurrent	A	-
W	recurring	Va	-
W	recycle	V	-
W	recycled	V	-
W	recycling	Nv	E
W	red	nvA	-
W	redding	Nv	L
W	redeem	V	-
W	redeemable	A	-
W	redeemed	Va	-
W	redeeming	Va	-
W	redefinition	N	C
W	redemption	N	E
W	redemptions	N	E
W	redeploy	V	-
W	redeployed	V	-
W	redeployment	N	E
W	redeposit	V	-
W	redeposited	V	-
W	redesigned	V	-
W	redirect	V	-
W	redirecting	V	-
W	redistributing	V	-
W	redistribution	N	E
W	redouble	V	-
W	redoubled	Va	-
W	redress	Nv	-
W	redressing	V	-
W	reduce	V	-
W	reduced	Va	-
W	reduces	V	-
W	reducing	nV	-
W	reduction	N	E
W	reductions	N	E
W	redundancies	N	C
W	redundancy	N	C
W	redundant	A	-
W	reef	Nv	-
W	reelected	V	-
W	reelection	N	E
W	reeling	V	-
W	reentry	N	E
W	reestablish	V	-
W	reestablished	V	-
W	reestablishing	V	-
W	reevaluate	V	-
W	reeves	Nv	-
W	reexamine	V	-
W	refer	V	-
W	reference	Nv	C
W	references	Nv	C
W	referendum	N	E
W	refering	V	-
W	referred	V	-
W	referring	V	-
W	refers	V	-
W	refinance	V	-
W	refinanced	V	-
W	refinancing	V	-
W	refine	V	-
W	refined	Va	-
W	refiner	N	P
W	refineries	N	F
W	refiners	N	P
W	refinery	N	F
W	refining	nV	-
W	reflate	V	-
W	reflect	V	-
W	reflected	Va	-
W	reflecting	Va	-
W	reflects	V	-
W	refloat	V	-
W	refloated	V	-
W	refocus	V	-
W	refocusing	Nv	E
W	reform	Nv	E
W	reformed	Va	-
W	reformer	N	P
W	reformers	N	P
W	reforming	V	-
W	reformist	Na	P
W	reforms	Nv	E
W	refractories	N	A
W	refrain	Nv	C
W	refrained	V	-
W	refraining	V	-
W	refrigerant	Na	-
W	refrigerated	vA	-
W	refrigerator	N	A
W	refrigerators	N	A
W	refueling	nV	E
W	refuge	N	L
W	refugee	N	P
W	refugees	N	P
W	refund	Nv	-
W	refunding	V	-
W	refunds	Nv	-
W	refurbished	V	-
W	refurbishing	V	-
W	refusal	N	C
W	refuse	nV	-
W	refused	V	-
W	refuses	nV	-
W	refusing	V	-
W	refute	V	-
W	regain	V	-
W	regained	V	-
W	regaining	nV	E
W	regains	V	-
W	regal	A	-
W	regard	nV	-
W	regarded	V	-
W	regarding	V	-
W	regardless	aR	-
W	regards	nV	-
W	regency	N	T
W	regenerate	Va	-
W	regent	Na	P
W	regime	N	G
W	regiment	Nv	G
W	regimes	N	G
W	region	N	L
W	regional	A	-
W	regionally	R	-
W	regions	N	L
W	register	nV	C
W	registered	Va	-
W	registering	V	-
W	registration	N	E
W	registrations	N	E
W	registries	N	C
W	regret	nV	-
W	regrets	nV	C
W	regrettable	A	-
W	regrettably	R	-
W	regretted	V	-
W	regroup	V	-
W	regular	nA	P
W	regularly	R	-
W	regulate	V	-
W	regulated	Va	-
W	regulates	V	-
W	regulating	nV	E
W	regulation	Na	C
W	regulations	N	C
W	regulator	N	A
W	regulators	N	A
W	regulatory	A	-
W	rehabilitate	V	-
W	rehabilitated	V	-
W	rehabilitating	V	-
W	rehabilitation	N	E
W	rehearing	Nv	E
W	rehearsals	N	E
W	reid	N	P
W	reign	nV	T
W	reignite	V	-
W	reignited	V	-
W	reimburse	V	-
W	reimbursed	V	-
W	reimbursing	V	-
W	reimpose	V	-
W	reimposed	V	-
W	reimposing	V	-
W	reimposition	N	E
W	rein	Nv	A
W	reinforce	V	-
W	reinforced	Va	-
W	reinforcement	N	E
W	reinforcements	N	E
W	reinforces	V	-
W	reinforcing	V	-
W	reins	Nv	A
W	reinstate	V	-
W	reinstated	V	-
W	reinstating	V	-
W	reinsured	V	-
W	reinterpreting	V	-
W	reintroduce	V	-
W	reintroduced	V	-
W	reintroducing	V	-
W	reintroduction	N	C
W	reiterate	V	-
W	reiterated	V	-
W	reiterating	V	-
W	reiteration	N	E
W	reject	nV	-
W	rejected	Va	-
W	rejecting	V	-
W	rejection	N	E
W	rejects	nV	-
W	rejuvenate	V	-
W	rekindle	V	-
W	rekindled	V	-
W	relate	V	-
W	related	Va	-
W	relates	V	-
W	relating	V	-
W	relational	A	-
W	relative	nA	P
W	relatively	R	-
W	relatives	N	P
W	relax	V	-
W	relaxed	Va	-
W	relaxing	Va	-
W	relay	nV	E
W	release	nV	A
W	released	V	-
W	releases	nV	A
W	releasing	Va	-
W	relegated	V	-
W	relentless	A	-
W	relevant	A	-
W	reliable	A	-
W	reliably	R	-
W	reliant	A	-
W	relied	V	-
W	relies	V	-
W	relieve	V	-
W	relieved	Va	-
W	relieving	V	-
W	religious	nA	P
W	relinquished	Va	-
W	reloaded	V	-
W	relocate	V	-
W	relocated	Va	-
W	relocation	N	E
W	reluctant	A	-
W	reluctantly	R	-
W	rely	V	-
W	relying	V	-
W	remain	V	-
W	remainder	Nv	-
W	remained	V	-
W	remaining	Va	-
W	remains	nV	-
W	remark	nV	C
W	remarkable	A	-
W	remarkably	R	-
W	remarked	V	-
W	remarks	nV	C
W	remedial	A	-
W	remedies	Nv	E
W	remedy	Nv	E
W	remember	V	-
W	remembered	V	-
W	remind	V	-
W	reminded	V	-
W	reminder	N	C
W	reminding	V	-
W	reminiscent	A	-
W	remission	N	E
W	remit	nV	-
W	remitted	V	-
W	remodel	V	-
W	remodeled	V	-
W	remodeling	V	-
W	remote	nA	A
W	remotely	R	-
W	removable	A	-
W	removal	N	E
W	remove	nV	-
W	removed	Va	-
W	removes	nV	-
W	removing	V	-
W	rename	V	-
W	renamed	V	-
W	render	nV	-
W	rendered	V	-
W	rendering	nV	C
W	renders	nV	-
W	renditions	N	C
W	renege	Nv	E
W	reneged	V	-
W	reneging	V	-
W	renegotiate	V	-
W	renegotiated	V	-
W	renegotiating	V	-
W	renew	V	-
W	renewable	A	-
W	renewal	N	E
W	renewals	N	E
W	renewed	Va	-
W	renewing	Va	-
W	reno	N	L
W	renouncing	V	-
W	renovate	V	-
W	renovated	V	-
W	renovating	V	-
W	renovation	N	E
W	renovations	N	E
W	rent	nV	-
W	rental	Na	-
W	rented	V	-
W	rentes	nV	-
W	rents	nV	-
W	renunciation	N	C
W	reopen	V	-
W	reopened	V	-
W	reopening	V	-
W	reopens	V	-
W	reorganisation	N	E
W	reorganisations	N	E
W	reorganise	V	-
W	reorganising	V	-
W	reorganization	N	E
W	reorganizations	N	E
W	reorganize	V	-
W	reorganized	Va	-
W	reorganizing	V	-
W	rep	N	P
W	repaid	V	-
W	repair	nV	E
W	repaired	V	-
W	repairing	V	-
W	repairs	nV	E
W	repatriate	Nv	P
W	repatriation	N	E
W	repay	V	-
W	repayable	A	-
W	repaying	V	-
W	repayment	N	E
W	repayments	N	E
W	repeal	nV	E
W	repealed	V	-
W	repeals	nV	E
W	repeat	nV	E
W	repeated	Va	-
W	repeatedly	R	-
W	repeating	nV	E
W	repeats	nV	E
W	repel	V	-
W	repelled	V	-
W	repetition	N	E
W	replace	V	-
W	replaceable	A	-
W	replaced	V	-
W	replacement	N	E
W	replacements	N	E
W	replaces	V	-
W	replacing	nV	E
W	replanting	V	-
W	replay	Nv	E
W	replenish	V	-
W	replenished	V	-
W	replete	Va	-
W	replicated	V	-
W	replied	V	-
W	reply	nV	C
W	replying	V	-
W	report	nV	C
W	reported	Va	-
W	reportedly	R	-
W	reporter	N	P
W	reporters	N	P
W	reporting	nV	C
W	reports	nV	C
W	reposition	Nv	E
W	repositioned	V	-
W	repositioning	Nv	E
W	repository	N	F
W	represent	V	-
W	representative	Na	P
W	representatives	N	P
W	represented	Va	-
W	representing	V	-
W	represents	V	-
W	reprimanded	V	-
W	reprisals	N	E
W	reprocessing	V	-
W	reproduce	V	-
W	reproductive	A	-
W	reps	N	P
W	republic	N	G
W	republican	Na	P
W	republicans	N	P
W	republics	N	G
W	repugnant	A	-
W	repulsed	V	-
W	repurchase	Nv	E
W	repurchased	V	-
W	repurchases	Nv	E
W	repurchasing	V	-
W	request	nV	C
W	requested	Va	-
W	requesting	V	-
W	requests	nV	C
W	require	V	-
W	required	Va	-
W	requires	V	-
W	requiring	V	-
W	requisite	Na	-
W	resale	N	E
W	rescaling	V	-
W	reschedule	V	-
W	rescheduled	V	-
W	rescheduling	V	-
W	rescind	V	-
W	rescinded	V	-
W	rescinding	V	-
W	rescission	N	E
W	rescue	nV	E
W	rescued	Va	-
W	rescuing	V	-
W	research	Nv	E
W	researcher	N	P
W	researchers	N	P
W	researching	V	-
W	reseeded	V	-
W	resell	V	-
W	resemble	V	-
W	resembling	V	-
W	reservation	N	L
W	reservations	N	L
W	reserve	nV	-
W	reserved	Va	-
W	reserves	nV	G
W	reserving	V	-
W	reset	nV	A
W	resettle	V	-
W	reshape	V	-
W	reshaping	V	-
W	reshuffle	Nv	E
W	reside	V	-
W	resided	V	-
W	residence	N	L
W	resident	Na	P
W	residential	A	-
W	residents	N	P
W	residing	V	-
W	residual	nA	-
W	resign	V	-
W	resigned	V	-
W	resigning	V	-
W	resilient	A	-
W	resist	V	-
W	resistance	N	E
W	resistant	A	-
W	resisted	V	-
W	resisting	V	-
W	resolute	A	-
W	resolution	N	C
W	resolutions	N	C
W	resolve	nV	-
W	resolved	Va	-
W	resolves	nV	-
W	resolving	nV	-
W	resort	nV	L
W	resorting	V	-
W	resorts	nV	L
W	resounding	Va	-
W	respect	Nv	-
W	respectable	A	-
W	respected	Va	-
W	respecting	V	-
W	respective	A	-
W	respectively	R	-
W	respects	Nv	C
W	respiratory	A	-
W	respite	Nv	-
W	respond	V	-
W	responded	V	-
W	respondents	N	P
W	responding	V	-
W	responds	V	-
W	responsibilities	N	E
W	responsibility	N	E
W	responsible	A	-
W	responsive	A	-
W	rest	Nv	-
W	restart	V	-
W	restarted	V	-
W	restate	V	-
W	restated	V	-
W	restatement	N	C
W	restaurant	N	F
W	restaurants	N	F
W	rested	Va	-
W	restive	A	-
W	restocking	V	-
W	restoration	N	T
W	restore	V	-
W	restored	V	-
W	restoring	V	-
W	restrain	V	-
W	restrained	Va	-
W	restraining	V	-
W	restraint	N	E
W	restraints	N	E
W	restrict	V	-
W	restricted	Va	-
W	restricting	Va	-
W	restrictive	A	-
W	restricts	V	-
W	restroom	N	F
W	restructure	V	-
W	restructured	V	-
W	restructuring	V	-
W	rests	Nv	-
W	resubmit	V	-
W	result	Nv	-
W	resultant	nA	-
W	resulted	V	-
W	resulting	V	-
W	results	Nv	-
W	resume	nV	C
W	resumed	V	-
W	resumes	nV	C
W	resuming	V	-
W	resumption	N	E
W	resurfaced	V	-
W	resurgence	N	E
W	resurrect	V	-
W	resurrected	V	-
W	retail	Nvr	E
W	retailer	Na	P
W	retailers	N	P
W	retailing	Nv	E
W	retails	Nv	E
W	retain	V	-
W	retained	Va	-
W	retaining	V	-
W	retains	V	-
W	retake	Nv	E
W	retaking	Nv	E
W	retaliate	V	-
W	retaliating	V	-
W	retaliation	N	E
W	retaliatory	A	-
W	retention	N	E
W	rethink	nV	-
W	reticent	A	-
W	retire	V	-
W	retired	Va	-
W	retirees	nV	P
W	retires	V	-
W	retiring	Va	-
W	retooling	V	-
W	retract	V	-
W	retractable	A	-
W	retraction	N	C
W	retrain	V	-
W	retraining	Nv	E
W	retreat	nV	E
W	retreated	nV	G
W	retreating	V	-
W	retrenching	V	-
W	retrenchment	N	F
W	retrieved	V	-
W	retrieving	V	-
W	retroactive	A	-
W	retroactively	R	-
W	retrovir	N	A
W	return	nV	C
W	returned	V	-
W	returning	Va	-
W	returns	nV	C
W	reunification	N	E
W	reusable	A	-
W	rev	nV	T
W	revalue	V	-
W	revalued	V	-
W	revaluing	V	-
W	revamp	V	-
W	revamping	V	-
W	reveal	V	-
W	revealed	V	-
W	revealing	nVa	C
W	reveals	V	-
W	revelations	N	C
W	revered	Va	-
W	reversal	N	E
W	reversals	N	E
W	reverse	nVa	-
W	reversed	Va	-
W	reverses	nV	-
W	reversing	V	-
W	revert	V	-
W	reverts	V	-
W	review	nV	-
W	reviewed	V	-
W	reviewing	V	-
W	reviews	nV	-
W	revise	nV	C
W	revised	Va	-
W	revises	nV	C
W	revising	nV	C
W	revision	N	E
W	revisions	N	E
W	revitalise	V	-
W	revitalize	V	-
W	revival	N	E
W	revive	V	-
W	revived	Va	-
W	reviving	Va	-
W	revoke	Nv	E
W	revoked	V	-
W	revoking	V	-
W	revolt	Nv	E
W	revolution	N	E
W	revolutionary	nA	P
W	revolver	N	W
W	revolving	V	-
W	revs	nV	T
W	reward	Nv	E
W	rewarding	Va	-
W	rewards	Nv	E
W	rewrite	nV	C
W	rex	N	P
W	reyes	N	P
W	reynolds	N	P
W	rhetoric	N	C
W	rheumatoid	A	-
W	rhine	N	P
W	rhineland	N	L
W	rhodes	N	P
W	ri	N	L
W	rib	Nv	A
W	ribavirin	N	A
W	rice	Nv	-
W	rich	nA	G
W	richards	N	P
W	richardson	N	P
W	richer	A	-
W	richest	A	-
W	richmond	N	L
W	rick	Nv	-
W	rico	N	C
W	rid	V	-
W	ridden	V	-
W	riddled	Va	-
W	riddles	nV	C
W	ride	nV	E
W	rides	nV	E
W	ridge	Nv	-
W	ridicule	nV	C
W	ridiculous	A	-
W	riding	nV	E
W	rife	A	-
W	rifle	Nv	W
W	rifles	Nv	W
W	rig	nV	A
W	riga	N	L
W	rigged	Va	-
W	right	Nvar	-
W	right-wing	A	-
W	rightist	Na	P
W	rightly	R	-
W	rights	Nv	-
W	rigid	A	-
W	rigidly	R	-
W	rigorous	A	-
W	rigs	nV	A
W	rim	Nv	-
W	ring	nV	-
W	ringleader	N	P
W	rings	nV	A
W	ringside	N	A
W	rio	N	L
W	rios	N	L
W	riot	Nv	E
W	rioted	V	-
W	rioting	Nv	-
W	riots	Nv	E
W	rip	nV	P
W	ripe	A	-
W	ripped	V	-
W	rise	nV	E
W	risen	Va	-
W	rises	nV	E
W	rising	nVa	E
W	risk	nV	-
W	risk-free	A	-
W	risked	V	-
W	riskier	A	-
W	risking	V	-
W	risks	nV	-
W	risky	A	-
W	rite	N	E
W	rival	nV	P
W	rivalry	N	E
W	rivals	nV	P
W	riyadh	N	L
W	roach	Nv	-
W	road	N	A
W	roads	N	L
W	roadside	N	A
W	roam	V	-
W	roamed	V	-
W	roaring	nVar	E
W	roast	nVa	-
W	roasted	Va	-
W	roaster	Na	P
W	roasters	N	P
W	roasting	nV	E
W	roastings	N	E
W	rob	V	-
W	robbed	V	-
W	robbery	N	E
W	robbins	N	P
W	robert	N	P
W	roberts	N	P
W	robertson	N	P
W	robeson	N	P
W	robinson	N	P
W	robot	N	A
W	robots	N	A
W	robust	A	-
W	rochester	N	L
W	rock	Nv	-
W	rock-bottom	A	-
W	rocked	V	-
W	rockefeller	N	P
W	rocker	N	P
W	rocket	Nv	V
W	rocketing	V	-
W	rockets	Nv	V
W	rockford	N	L
W	rocks	Nv	-
W	rockwell	N	P
W	rocky	A	-
W	rod	N	A
W	rods	N	A
W	rogaine	N	A
W	rogers	N	P
W	role	N	E
W	roles	N	E
W	rolf	N	P
W	roll	nV	E
W	roll-on	N	A
W	rollback	N	E
W	rollbacks	N	E
W	rolled	Va	-
W	rolling	nVa	E
W	rollover	N	E
W	rolls	nV	E
W	roma	N	A
W	roman	nA	P
W	romania	N	L
W	romanian	Na	P
W	rome	N	L
W	romeo	N	P
W	ron	N	C
W	roof	Nv	A
W	roofing	nV	A
W	roofs	Nv	A
W	rookie	N	P
W	room	Nv	F
W	roommates	N	P
W	rooms	Nv	F
W	roosevelt	N	P
W	roost	nV	A
W	root	Nv	-
W	rooted	Va	-
W	rooter	N	P
W	roots	Nv	-
W	rope	Nv	A
W	rosario	N	L
W	rose	nVa	-
W	ross	N	P
W	rosy	A	-
W	rot	nV	-
W	rotary	nA	A
W	rotated	Va	-
W	rotating	V	-
W	rotation	N	E
W	roth	N	P
W	rothschild	N	P
W	rotterdam	N	L
W	rotting	nV	-
W	rouge	Nv	A
W	rough	nvAr	L
W	roughly	R	-
W	round	nvAr	A
W	rounded	Va	-
W	rounding	nV	E
W	rounds	Nv	A
W	roundtable	N	C
W	rout	nV	G
W	route	Nv	L
W	routed	V	-
W	routes	Nv	L
W	routine	Na	E
W	routinely	R	-
W	routing	V	-
W	rover	N	P
W	row	Nv	G
W	rower	N	P
W	rowers	N	P
W	rowing	nV	E
W	rows	Nv	G
W	royal	nA	A
W	rub	nV	-
W	rubber	Nva	-
W	rubbing	nV	-
W	rubbish	Nv	-
W	rubens	N	P
W	rubinstein	N	P
W	rudders	N	A
W	ruder	A	-
W	rue	Nv	-
W	ruf	N	G
W	rugby	N	E
W	rugged	A	-
W	ruin	Nv	-
W	ruinous	A	-
W	ruins	Nv	-
W	rule	Nv	-
W	ruled	Va	-
W	ruler	N	P
W	rulers	N	P
W	rules	Nv	-
W	ruling	nVa	E
W	rulings	N	E
W	rumor	Nv	C
W	rumored	V	-
W	rumors	Nv	C
W	rumour	Nv	C
W	rumoured	V	-
W	rumours	Nv	C
W	run	nV	E
W	run-up	N	E
W	runaway	nA	E
W	rundown	N	C
W	rune	N	C
W	runner	N	P
W	running	nVa	E
W	runoff	N	E
W	runs	nV	E
W	runup	N	E
W	runway	N	A
W	rupert	N	P
W	rupture	nV	-
W	ruptured	V	-
W	rural	A	-
W	ruralists	N	P
W	rush	nVa	E
W	rushed	Va	-
W	rushing	nV	E
W	russell	N	P
W	russia	N	L
W	russian	nA	P
W	russians	N	P
W	rust	nVa	-
W	ruth	N	P
W	ruthlessly	R	-
W	rutland	N	L
W	rwanda	N	L
W	s	N	T
W	sa	N	G
W	saba	N	L
W	sabah	N	L
W	sabine	Na	-
W	sable	Na	A
W	sabotage	Nv	E
W	sabotaged	V	-
W	sacked	Va	-
W	sacking	nV	A
W	sacks	Nv	A
W	sacramento	N	L
W	sacred	A	-
W	sacrifice	nV	E
W	sacrifices	nV	E
W	sacrificing	V	-
W	sad	A	-
W	sadat	N	P
W	saddam	N	P
W	saddled	Va	-
W	sadly	R	-
W	safe	nA	A
W	safeguard	nV	E
W	safeguarding	V	-
W	safeguards	nV	E
W	safely	R	-
W	safer	A	-
W	saga	N	C
W	sage	Na	P
W	sagged	V	-
W	sagging	Va	-
W	said	Va	-
W	sail	nV	A
W	sailed	V	-
W	sailing	nV	E
W	sailings	N	E
W	sailor	N	P
W	sailors	N	P
W	saint	Nv	P
W	salaam	Nv	C
W	salaried	Va	-
W	sale	N	E
W	saleable	A	-
W	salem	N	L
W	salesman	N	P
W	salespeople	N	P
W	salim	N	P
W	salina	N	L
W	saline	Na	-
W	salisbury	N	L
W	salmon	Na	-
W	salomon	N	P
W	salon	N	F
W	saloon	N	F
W	salt	Nva	-
W	salvador	N	L
W	salvage	nV	-
W	salvaged	V	-
W	sam	N	V
W	samba	Nv	-
W	same	nA	P
W	sami	N	P
W	samoa	N	L
W	sample	Nv	-
W	samples	Nv	-
W	sampling	nV	E
W	samuel	N	P
W	samuels	N	P
W	samurai	N	P
W	sanchez	N	P
W	sanction	nV	C
W	sanctioned	Va	-
W	sanctions	nV	C
W	sand	Nv	-
W	sanders	N	A
W	sands	Nv	L
W	sandwich	Nv	-
W	sanger	N	P
W	sango	N	C
W	sanguine	Na	-
W	sanitary	A	-
W	sank	V	-
W	santa	N	P
W	santiago	N	L
W	santos	N	L
W	sapporo	N	L
W	saragossa	N	L
W	sarasota	N	L
W	sarawak	N	L
W	sardinia	N	L
W	sardinian	Na	P
W	sargent	N	P
W	sas	N	G
W	saskatchewan	N	L
W	sat	nV	T
W	satellite	Nva	A
W	satellites	Nv	A
W	satisfactorily	R	-
W	satisfactory	A	-
W	satisfied	Va	-
W	satisfies	V	-
W	satisfy	V	-
W	satisfying	Va	-
W	satrap	N	P
W	sats	N	T
W	saturated	vA	-
W	saturday	N	T
W	saturdays	N	T
W	sauce	Nv	-
W	saudi	Na	P
W	saudis	N	P
W	saul	N	P
W	sauna	N	F
W	savage	nvA	P
W	savaged	V	-
W	savannah	N	L
W	save	nV	E
W	saved	Va	-
W	saver	N	P
W	savers	N	P
W	saving	nVa	E
W	savior	N	P
W	savvy	nV	-
W	saw	nV	C
W	sawmill	N	A
W	saxon	Na	P
W	saxony	N	L
W	say	nV	-
W	saying	nV	C
W	says	nV	-
W	scab	nV	P
W	scale	Nv	-
W	scaled	Va	-
W	scales	Nv	-
W	scaling	nV	E
W	scallop	Nv	-
W	scam	Nv	E
W	scan	nV	E
W	scandal	N	C
W	scandals	N	C
W	scandinavia	N	L
W	scandinavian	nA	P
W	scandinavians	N	P
W	scanner	N	P
W	scanners	N	P
W	scanning	nV	-
W	scant	vA	-
W	scarce	Ar	-
W	scarcely	R	-
W	scare	nV	-
W	scared	vA	-
W	scarred	vA	-
W	scary	A	-
W	scathing	A	-
W	scattered	Va	-
W	scenario	N	C
W	scenarios	N	C
W	scene	N	L
W	scenes	N	L
W	sceptical	A	-
W	schedule	nV	-
W	scheduled	Va	-
W	scheduler	N	A
W	schedules	nV	-
W	scheduling	nV	E
W	scheme	Nv	-
W	schemes	Nv	-
W	schlesinger	N	P
W	schmidt	N	P
W	scholars	N	P
W	school	Nv	G
W	schools	Nv	G
W	schulz	N	P
W	scientific	A	-
W	scientist	N	P
W	scientists	N	P
W	scoffed	V	-
W	scolded	V	-
W	scorching	Var	-
W	score	Nv	-
W	scored	V	-
W	scores	Nv	-
W	scotch	Nva	-
W	scotland	N	L
W	scott	N	P
W	scottish	Na	C
W	scoured	Va	-
W	scourge	Nv	A
W	scramble	nV	E
W	scrambled	Va	-
W	scrambling	V	-
W	scranton	N	L
W	scrap	Nv	-
W	scraped	V	-
W	scrapped	V	-
W	scrapping	V	-
W	screaming	nVa	C
W	screen	Nv	A
W	screening	nV	C
W	screenplay	N	C
W	screens	Nv	A
W	screws	nV	P
W	scripps	N	P
W	scroll	Nv	-
W	scrubbers	N	P
W	scrutinise	V	-
W	scrutiny	N	E
W	scsi	N	A
W	scuttle	nV	A
W	scuttled	V	-
W	sd	N	L
W	sds	N	L
W	seaborne	A	-
W	seafarers	N	P
W	seal	nV	A
W	sealed	Va	-
W	sealing	nV	E
W	seals	nV	A
W	seaman	N	P
W	seamen	N	P
W	seamless	A	-
W	search	nV	E
W	searches	nV	E
W	searching	Va	-
W	seared	Va	-
W	sears	V	-
W	season	Nv	T
W	seasonable	A	-
W	seasonal	nA	P
W	seasonally	R	-
W	seasoned	Va	-
W	seasons	Nv	T
W	seat	Nv	L
W	seated	Va	-
W	seats	Nv	A
W	seattle	N	L
W	seaway	N	A
W	sec	Na	T
W	secession	N	G
W	second	nvAr	T
W	secondary	nA	G
W	secondly	R	-
W	seconds	Nv	T
W	secret	nA	C
W	secretariat	N	G
W	secretaries	N	P
W	secretary	N	P
W	secretly	R	-
W	secrets	N	C
W	sectarian	Na	P
W	section	Nv	C
W	sections	Nv	C
W	secure	Va	-
W	secured	V	-
W	securing	V	-
W	sedan	N	V
W	sedans	N	V
W	sedimentary	A	-
W	see	nV	L
W	seed	nV	-
W	seedbed	N	A
W	seeded	Va	-
W	seeding	V	-
W	seeds	Nv	-
W	seeing	nVa	-
W	seek	nV	E
W	seeker	N	P
W	seekers	N	P
W	seeking	nV	E
W	seeks	nV	E
W	seem	V	-
W	seemed	V	-
W	seemingly	R	-
W	seems	V	-
W	seen	V	-
W	sees	nV	L
W	segal	N	P
W	segment	Nv	A
W	segments	Nv	A
W	segregated	Va	-
W	seismic	A	-
W	seismologist	N	P
W	seismologists	N	P
W	seize	V	-
W	seized	V	-
W	seizer	N	P
W	select	Va	-
W	selected	Va	-
W	selecting	V	-
W	selection	N	E
W	selective	A	-
W	selectively	R	-
W	selects	V	-
W	self	Na	-
W	self-contained	A	-
W	self-defense	N	E
W	self-imposed	A	-
W	self-incrimination	N	C
W	self-sufficient	A	-
W	self-supporting	A	-
W	sell	nV	E
W	seller	N	P
W	sellers	N	P
W	selling	nV	E
W	selloff	N	E
W	selloffs	N	E
W	sells	nV	E
W	semi	N	E
W	semiannual	A	-
W	seminar	N	G
W	seminars	N	G
W	senate	N	G
W	senator	N	P
W	senators	N	P
W	send	V	-
W	sender	N	P
W	sending	nV	E
W	sends	V	-
W	seneca	N	P
W	senegal	N	L
W	senegalese	Na	P
W	senior	nA	P
W	sens	N	A
W	sensational	A	-
W	sense	Nv	-
W	sensed	Va	-
W	sensible	A	-
W	sensing	nV	-
W	sensitive	nA	P
W	sensitively	R	-
W	sensors	N	A
W	sent	nVa	-
W	sentence	Nv	C
W	sentenced	V	-
W	sentences	Nv	C
W	sentencing	V	-
W	seoul	N	L
W	sep	N	T
W	separate	nVa	C
W	separated	Va	-
W	separately	R	-
W	separates	nV	C
W	separating	V	-
W	separatism	N	G
W	separatist	Na	P
W	separatists	N	P
W	sept	N	T
W	september	N	T
W	sequence	Nv	G
W	sequestered	Va	-
W	sequestration	N	E
W	sergeant	N	P
W	serial	nA	C
W	serials	N	C
W	series	N	G
W	serious	A	-
W	seriously	R	-
W	sermons	N	C
W	sertraline	N	A
W	servants	N	P
W	serve	nV	E
W	served	V	-
W	server	N	P
W	servers	N	P
W	serves	nV	E
W	service	Nv	E
W	serviced	V	-
W	servicemen	N	P
W	services	Nv	E
W	servicing	nV	E
W	serving	nV	-
W	session	N	C
W	sessions	N	P
W	set	nVa	G
W	set-aside	A	-
W	setback	N	E
W	setbacks	N	E
W	seton	N	P
W	sets	nV	G
W	sett	N	A
W	setter	N	P
W	setting	nV	L
W	settle	nV	A
W	settled	Va	-
W	settlement	N	G
W	settlements	N	G
W	settles	nV	A
W	settling	nV	E
W	seven	nA	-
W	seven-day	A	-
W	seventeen	nA	-
W	seventh	nA	-
W	several	A	-
W	severance	N	E
W	severe	A	-
W	severed	Va	-
W	severely	R	-
W	severing	nV	E
W	sewing	nV	E
W	sex	Nv	E
W	sexual	A	-
W	sexually	R	-
W	shack	Nv	F
W	shade	Nv	-
W	shadow	Nv	-
W	shaft	Nv	C
W	shah	N	P
W	shake	nV	-
W	shake-up	N	E
W	shaken	Va	-
W	shakers	N	G
W	shakeup	N	E
W	shaking	nV	E
W	shaky	A	-
W	shallow	nvA	-
W	sham	Nva	A
W	shame	Nv	-
W	shameful	A	-
W	shanghai	Nv	L
W	shannon	N	P
W	shape	Nv	-
W	shaped	Va	-
W	shapes	Nv	-
W	shaping	nVa	-
W	shards	N	A
W	share	nV	-
W	share-out	N	E
W	shared	Va	-
W	shareholder	N	P
W	shareholders	N	P
W	shareowner	N	P
W	shareowners	N	P
W	shares	nV	-
W	sharia	N	G
W	sharing	nVa	-
W	sharking	V	-
W	sharp	nAr	C
W	sharper	nA	P
W	sharpest	A	-
W	sharply	R	-
W	shattered	Va	-
W	shave	nV	E
W	shaving	nV	E
W	shaw	N	P
W	shawnee	N	P
W	shear	Nv	-
W	shed	nVa	F
W	shedding	nV	-
W	sheer	vAr	-
W	sheet	Nv	-
W	sheets	Nv	-
W	sheikh	N	P
W	shelf	N	A
W	shell	Nv	A
W	shelled	Va	-
W	shelling	nV	E
W	shells	Nv	A
W	shelter	Nv	F
W	sheltered	vA	-
W	shelters	Nv	F
W	shelve	V	-
W	shelved	V	-
W	shelves	Nv	A
W	shelving	V	-
W	shenyang	N	L
W	shepherd	Nv	P
W	sheraton	N	A
W	sheriff	N	P
W	sherman	N	P
W	sherwood	N	P
W	shi'ite	N	P
W	shia	N	G
W	shied	V	-
W	shield	Nv	A
W	shielded	Va	-
W	shields	Nv	A
W	shift	nV	E
W	shifted	V	-
W	shifting	nVa	E
W	shifts	nV	E
W	shilling	Nv	-
W	shills	Nv	P
W	shin	Nv	-
W	shine	nV	-
W	shines	nV	-
W	ship	Nv	V
W	shipbuilder	N	P
W	shipbuilders	N	P
W	shipbuilding	N	E
W	shipment	N	A
W	shipments	N	A
W	shipowners	N	P
W	shipped	V	-
W	shippers	N	P
W	shipping	nV	E
W	ships	Nv	V
W	shipyard	N	A
W	shipyards	N	A
W	shirt	Nv	A
W	shirts	Nv	A
W	shivers	nV	E
W	shoal	Nv	-
W	shoals	Nv	-
W	shock	Nv	-
W	shocked	Va	-
W	shocks	Nv	-
W	shoe	Nv	A
W	shoes	Nv	-
W	shoji	N	A
W	shook	nV	A
W	shoot	nV	-
W	shooting	nV	E
W	shootings	N	E
W	shop	Nv	F
W	shoppers	N	P
W	shopping	Nv	E
W	shops	Nv	F
W	shore	Nv	-
W	shores	Nv	-
W	shoring	Nv	A
W	short	nvAr	A
W	short-circuit	V	-
W	short-dated	A	-
W	short-lived	A	-
W	short-range	A	-
W	short-run	A	-
W	short-staffed	A	-
W	short-term	A	-
W	shorten	V	-
W	shortened	Va	-
W	shortening	nV	-
W	shorter	A	-
W	shortest	A	-
W	shorting	V	-
W	shortly	R	-
W	shorts	Nv	A
W	shot	nVa	E
W	shots	N	E
W	shoulder	Nv	-
W	shouted	Va	-
W	shouts	nV	C
W	show	nV	E
W	showboat	N	V
W	showdown	N	C
W	showed	V	-
W	showers	Nv	A
W	showing	nV	C
W	shown	V	-
W	showpiece	N	A
W	showroom	N	F
W	showrooms	N	F
W	shows	nV	E
W	shrank	V	-
W	shredding	V	-
W	shrewd	A	-
W	shrimp	Nv	P
W	shrine	Nv	F
W	shrink	nV	P
W	shrinkage	N	E
W	shrinking	nV	E
W	shrinks	nV	P
W	shrugged	V	-
W	shuffle	nV	E
W	shun	V	-
W	shunned	V	-
W	shut	Va	-
W	shut-in	Na	P
W	shutdown	N	E
W	shutdowns	N	E
W	shuttered	Va	-
W	shutting	nV	E
W	shuttle	nV	A
W	shuttled	V	-
W	shy	nvA	E
W	siam	N	L
W	siberia	N	L
W	siberian	Na	P
W	sichuan	N	L
W	sicilia	N	L
W	sick	nvA	G
W	sickle	N	A
W	side	Nva	L
W	sided	V	-
W	sideline	Nv	L
W	sidelined	V	-
W	sidelines	Nv	L
W	sider	A	-
W	sides	Nv	L
W	sidetrack	Nv	A
W	sidetracked	V	-
W	sideways	Ar	-
W	sidney	N	P
W	sidon	N	L
W	siege	N	E
W	siegfried	N	P
W	sight	Nv	-
W	sighted	Va	-
W	sights	Nv	A
W	sigma	N	C
W	sign	nVa	C
W	signal	Nva	C
W	signaled	V	-
W	signaling	nV	C
W	signalled	V	-
W	signalling	V	-
W	signals	Nv	C
W	signatories	N	P
W	signature	N	C
W	signatures	N	C
W	signed	Va	-
W	significant	A	-
W	significantly	R	-
W	signifying	V	-
W	signing	nV	C
W	signs	nV	C
W	sikh	Na	P
W	sikorsky	N	P
W	silence	Nv	-
W	silent	A	-
W	silk	N	A
W	silly	nA	P
W	silo	N	F
W	silos	N	F
W	silver	nvA	-
W	silverstein	N	P
W	similar	A	-
W	similarly	R	-
W	simmering	nV	E
W	simon	N	P
W	simple	nA	-
W	simpler	A	-
W	simplest	A	-
W	simplification	N	C
W	simplified	Va	-
W	simplifies	V	-
W	simplify	V	-
W	simplifying	V	-
W	simplistic	A	-
W	simply	R	-
W	simulate	V	-
W	simulates	V	-
W	simulation	N	E
W	simulator	N	A
W	simulators	N	A
W	simultaneous	A	-
W	simultaneously	R	-
W	sin	Nv	-
W	sincere	A	-
W	sincerely	R	-
W	sinclair	N	P
W	singapore	N	L
W	singer	N	P
W	single	nvA	E
W	singled	V	-
W	singles	Nv	E
W	sinister	A	-
W	sink	nV	A
W	sinking	nV	E
W	sintered	vA	-
W	sioux	N	P
W	sir	N	P
W	sis	N	P
W	sister	N	P
W	sisters	N	P
W	sit	V	-
W	sit-in	N	E
W	site	Nv	L
W	sited	V	-
W	sites	nV	L
W	sits	V	-
W	sitter	N	P
W	sitting	nVa	E
W	situated	Va	-
W	six	nA	-
W	sixteen	nA	-
W	sixth	nA	-
W	sixty	nA	-
W	sizable	A	-
W	size	Nva	-
W	sizeable	A	-
W	sized	vA	-
W	sizes	Nv	-
W	skate	Nv	A
W	skeptical	A	-
W	skeptics	N	P
W	skewed	Va	-
W	ski	Nv	A
W	skies	Nv	-
W	skilled	A	-
W	skimmed	Va	-
W	skin	Nv	-
W	skinner	N	P
W	skins	Nv	-
W	skirmish	Nv	E
W	skirmishes	Nv	E
W	skirt	Nv	A
W	skis	Nv	A
W	skittish	A	-
W	sky	Nv	-
W	sky-high	R	-
W	skylights	N	F
W	skyline	N	L
W	skyrocket	Nv	C
W	skyrocketing	V	-
W	skyscrapers	N	F
W	sl	N	G
W	slab	N	A
W	slack	nvA	-
W	slackening	nV	E
W	slackens	V	-
W	slain	Nva	G
W	slammed	V	-
W	slap	nVr	E
W	slapped	V	-
W	slash	nV	-
W	slashed	Va	-
W	slashing	Va	-
W	slate	nV	A
W	slated	V	-
W	slaughter	nV	E
W	slaughtered	V	-
W	slaughterhouse	N	F
W	slaughterhouses	N	F
W	slaughtering	V	-
W	slave	Nv	P
W	sleep	nV	-
W	sleeper	N	P
W	sleepers	N	P
W	sleeping	nVa	-
W	sleeves	N	A
W	sleuths	Nv	P
W	slice	Nv	-
W	slices	Nv	-
W	slick	Nva	-
W	slid	V	-
W	slide	nV	A
W	slides	nV	A
W	sliding	Va	-
W	slight	nvA	E
W	slightly	R	-
W	slim	vA	-
W	slimmer	A	-
W	slip	nV	E
W	slipped	V	-
W	slippery	A	-
W	slipping	Va	-
W	slips	nV	E
W	slogan	N	C
W	slogans	N	C
W	slope	Nv	-
W	slot	Nv	C
W	slots	Nv	C
W	slovenia	N	L
W	slow	vAr	-
W	slowdown	N	E
W	slowed	V	-
W	slower	Ar	-
W	slowest	Ar	-
W	slowing	nV	-
W	slowly	R	-
W	slows	V	-
W	sluggish	A	-
W	slum	Nv	L
W	slump	nV	-
W	slumped	V	-
W	slumping	V	-
W	slumps	nV	-
W	slums	Nv	L
W	small	nAr	-
W	small-scale	A	-
W	smaller	A	-
W	smallest	A	-
W	smart	nvA	-
W	smash	nVr	E
W	smashed	Va	-
W	smear	nV	C
W	smelted	V	-
W	smelter	N	F
W	smelters	N	F
W	smelting	V	-
W	smit	V	-
W	smith	N	P
W	smoke	Nv	-
W	smokestack	N	A
W	smoking	nVa	E
W	smoky	A	-
W	smooth	nvA	E
W	smoothed	Va	-
W	smoother	nA	A
W	smoothing	V	-
W	smoothly	R	-
W	smuggled	Va	-
W	smuggling	nV	E
W	smyrna	N	L
W	snack	Nv	-
W	snag	nV	-
W	snags	nV	-
W	snap	nV	E
W	snapped	V	-
W	snapping	V	-
W	sneak	nVa	P
W	snider	A	-
W	snipers	N	P
W	snow	Nv	-
W	snow-capped	A	-
W	snow-clad	A	-
W	snowball	Nv	-
W	snowballing	V	-
W	snows	Nv	-
W	snowy	A	-
W	so	nR	C
W	so-called	A	-
W	soak	nV	-
W	soaking	nVr	-
W	soaps	Nv	A
W	soar	nV	E
W	soared	V	-
W	soares	V	-
W	soaring	nVa	E
W	social	nA	G
W	socialist	nA	P
W	socialists	N	P
W	socially	R	-
W	societies	N	G
W	society	N	G
W	socrates	N	P
W	sodbuster	N	P
W	sofa	N	A
W	soft	Ar	-
W	soften	V	-
W	softened	Va	-
W	softening	nVa	-
W	softer	A	-
W	software	N	C
W	soil	Nv	-
W	soiling	nV	E
W	soils	Nv	-
W	solar	A	-
W	sold	Va	-
W	soldier	Nv	P
W	soldiers	Nv	P
W	sole	nvA	A
W	solely	R	-
W	solicit	V	-
W	solicitation	N	C
W	solicited	V	-
W	soliciting	V	-
W	solid	nA	-
W	solidify	V	-
W	solidly	R	-
W	solomon	N	P
W	soluble	A	-
W	solve	V	-
W	solved	Va	-
W	solvent	Na	-
W	solving	nV	E
W	somali	Na	P
W	somalia	N	L
W	some	Ar	-
W	someday	R	-
W	somehow	R	-
W	somerset	N	L
W	sometime	aR	-
W	sometimes	R	-
W	somewhat	R	-
W	somewhere	nR	L
W	son	N	P
W	sonar	N	A
W	song	N	C
W	sons	N	P
W	soon	R	-
W	sooner	nR	P
W	soothe	V	-
W	soothed	V	-
W	sophisticated	vA	-
W	sorely	R	-
W	sorry	A	-
W	sort	Nv	-
W	sorted	Va	-
W	sorting	Nv	-
W	sorts	Nv	-
W	sought	Va	-
W	sound	Nva	-
W	sounded	V	-
W	sounder	nA	A
W	sounding	nVa	-
W	soundly	R	-
W	sounds	Nv	-
W	soup	Nv	-
W	sour	nVa	-
W	source	Nv	L
W	sources	Nv	L
W	sourcing	V	-
W	soured	Va	-
W	south	Nar	L
W	south-east	R	-
W	south-west	R	-
W	southeast	Nar	-
W	southeastern	A	-
W	southeastward	Nar	-
W	southern	A	-
W	southerners	N	P
W	southland	N	L
W	southward	naR	-
W	southwest	Nar	-
W	southwestern	Na	C
W	sovereign	nA	P
W	sovereigns	N	P
W	soviet	nA	G
W	soviets	N	G
W	sow	nV	-
W	sowing	V	-
W	sown	Va	-
W	sows	nV	-
W	spa	N	L
W	space	Nv	-
W	spacecraft	N	V
W	spaces	Nv	-
W	spain	N	L
W	span	nV	T
W	spaniards	N	P
W	spanish	Na	C
W	spar	Nv	-
W	spare	nVa	A
W	spared	V	-
W	spares	nV	A
W	spark	Nv	E
W	sparked	V	-
W	sparking	V	-
W	sparks	Nv	E
W	spawned	V	-
W	speak	V	-
W	speaker	N	P
W	speakers	N	P
W	speakes	V	-
W	speaking	nVa	C
W	speaks	V	-
W	spear	nV	W
W	spearheaded	V	-
W	spears	nV	W
W	special	nA	C
W	specialise	V	-
W	specialised	Va	-
W	specialises	V	-
W	specialising	V	-
W	specialist	N	P
W	specialists	N	P
W	specialize	V	-
W	specialized	vA	-
W	specializes	V	-
W	specializing	V	-
W	specially	R	-
W	specials	N	C
W	species	N	G
W	specific	nA	-
W	specifically	R	-
W	specification	N	C
W	specifications	N	C
W	specified	Va	-
W	specifies	V	-
W	specify	V	-
W	specifying	V	-
W	spectacular	nA	C
W	spectator	N	P
W	spectre	N	P
W	spectrometry	N	E
W	speculate	V	-
W	speculated	V	-
W	speculating	V	-
W	speculation	N	C
W	speculative	A	-
W	speculator	N	P
W	speculators	N	P
W	speech	N	C
W	speeches	N	C
W	speed	Nv	T
W	speedboat	N	V
W	speeded	V	-
W	speeding	nV	E
W	speeds	Nv	T
W	speedy	A	-
W	spell	Nv	-
W	spelled	V	-
W	spelling	nV	C
W	spencer	N	P
W	spend	V	-
W	spending	nV	E
W	spends	V	-
W	spendthrift	Na	P
W	spent	Va	-
W	spermicidal	A	-
W	spermicide	N	A
W	sperry	N	P
W	sphinx	N	P
W	spicer	A	-
W	spies	nV	P
W	spike	Nv	E
W	spikes	Nv	E
W	spill	nV	-
W	spilled	V	-
W	spiller	N	P
W	spin	nV	E
W	spin-off	N	A
W	spin-offs	N	A
W	spines	nV	-
W	spinning	nV	E
W	spiral	Nva	-
W	spiralled	V	-
W	spiralling	V	-
W	spirit	Nv	P
W	spirits	Nv	-
W	spite	Nv	-
W	splendid	A	-
W	splice	nV	A
W	splinter	Nv	-
W	split	nVa	E
W	splits	nV	E
W	splitting	Va	-
W	spokane	N	L
W	spoke	nV	A
W	spoken	Va	-
W	spokesman	N	P
W	spokesmen	N	P
W	spokesperson	N	P
W	spokespersons	N	P
W	spokeswoman	N	P
W	sponsor	nV	P
W	sponsored	V	-
W	sponsoring	V	-
W	sponsors	nV	P
W	sponsorship	N	E
W	spontaneous	A	-
W	sporadic	A	-
W	sport	Nv	E
W	sporting	vA	-
W	sports	Nv	E
W	sportswear	N	A
W	sporty	A	-
W	spot	Nv	L
W	spotlight	Nv	-
W	spotlights	Nv	-
W	spots	Nv	-
W	spotted	Va	-
W	spotty	A	-
W	spouse	N	P
W	spouses	N	P
W	spray	Nv	-
W	sprayed	V	-
W	spraying	nV	E
W	spread	nVa	E
W	spreading	nV	E
W	spreads	nV	E
W	spreadsheet	N	C
W	spree	Nv	E
W	spring	Nv	T
W	springboard	N	A
W	springer	Na	A
W	springfield	N	L
W	springs	Nv	T
W	springtime	N	T
W	sprinkler	N	A
W	sprint	nV	E
W	spudded	V	-
W	spun	V	-
W	spur	Nv	C
W	spurned	Va	-
W	spurred	V	-
W	spurring	nV	C
W	spurt	Nv	E
W	sputnik	N	A
W	spy	nV	P
W	spying	nV	E
W	squabbling	V	-
W	squander	V	-
W	square	Nvar	-
W	squared	Va	-
W	squarely	R	-
W	squaring	V	-
W	squatter	nA	P
W	squeeze	nV	E
W	squeezed	V	-
W	squeezes	nV	E
W	squeezing	nV	E
W	squire	Nv	P
W	ss	N	G
W	stabbed	V	-
W	stabilisation	N	E
W	stabilise	V	-
W	stabilised	Va	-
W	stabiliser	N	A
W	stabilisers	N	A
W	stabilises	V	-
W	stabilising	Va	-
W	stabilization	N	E
W	stabilize	V	-
W	stabilized	Va	-
W	stabilizes	V	-
W	stabilizing	Va	-
W	stable	nvA	F
W	stabler	A	-
W	stadium	N	F
W	stadiums	N	F
W	staff	Nv	G
W	staffed	V	-
W	staffer	N	P
W	staffers	N	P
W	staffing	V	-
W	staffs	Nv	G
W	stage	Nv	T
W	staged	Va	-
W	stages	Nv	T
W	staggered	V	-
W	staggering	Va	-
W	staging	nV	C
W	stagnant	A	-
W	stagnate	V	-
W	stagnated	V	-
W	stagnates	V	-
W	stagnating	V	-
W	staid	A	-
W	stainless	Na	-
W	stake	nV	-
W	staked	V	-
W	stakes	nV	-
W	stalemate	Nv	-
W	stalemated	Va	-
W	stalin	N	P
W	stalingrad	N	L
W	stalinist	Na	P
W	stalinists	N	P
W	stalks	nV	-
W	stall	Nv	F
W	stalled	V	-
W	stalling	nV	E
W	stamp	nV	-
W	stamping	V	-
W	stamps	nV	-
W	stand	nV	A
W	stand-alone	A	-
W	standard	Na	C
W	standardised	Va	-
W	standardized	vA	-
W	standards	N	C
W	standby	Na	A
W	standing	nVa	-
W	standoff	N	E
W	stands	nV	A
W	stanford	N	P
W	stanley	N	P
W	stanton	N	P
W	staple	Nva	A
W	staples	Nv	A
W	star	Nva	-
W	starch	Nv	-
W	stark	Ar	-
W	stars	Nv	-
W	start	nV	E
W	started	V	-
W	starter	N	A
W	starting	nVa	E
W	startling	vA	-
W	starts	nV	E
W	startup	N	E
W	starve	V	-
W	starved	Va	-
W	starving	nVa	E
W	state	Nv	L
W	state-controlled	A	-
W	state-of-the-art	A	-
W	stated	Va	-
W	statement	N	C
W	statements	N	C
W	states	Nv	L
W	statewide	A	-
W	static	nA	E
W	stating	V	-
W	station	Nv	F
W	stationary	A	-
W	stationed	V	-
W	stationery	N	C
W	stationing	V	-
W	stations	Nv	E
W	statistical	A	-
W	statistician	N	P
W	statute	Na	C
W	statutes	N	C
W	statutory	A	-
W	staunch	vA	-
W	staunchly	R	-
W	stavanger	N	L
W	stave	Nv	C
W	stay	nV	E
W	stayed	V	-
W	staying	V	-
W	stays	nV	A
W	steadfast	A	-
W	steadied	Va	-
W	steadier	A	-
W	steadily	R	-
W	steady	nvAr	P
W	steal	nV	-
W	stealing	nV	E
W	steam	nV	-
W	steaming	Var	-
W	steamroller	Nv	P
W	steamship	N	V
W	steel	Nv	-
W	steelmakers	N	P
W	steels	Nv	-
W	steelworkers	N	P
W	steen	N	P
W	steep	nvA	-
W	steeper	nA	A
W	steeply	R	-
W	steer	nV	C
W	steered	V	-
W	steering	nV	E
W	steers	nV	C
W	stein	N	A
W	steinberg	N	P
W	stem	Nv	C
W	stemmed	Va	-
W	stemming	V	-
W	stems	Nv	C
W	step	Nv	E
W	step-by-step	A	-
W	step-up	N	E
W	stephen	N	P
W	stephens	N	P
W	stepped	V	-
W	stepping	V	-
W	steps	Nv	A
W	stereo	Na	A
W	sterile	A	-
W	sterilised	Va	-
W	sterling	nA	-
W	stern	nA	A
W	stet	V	-
W	stevens	N	P
W	stevenson	N	P
W	steward	N	P
W	stewardship	N	E
W	stewart	N	P
W	stick	Nv	A
W	sticking	Va	-
W	sticks	Nv	A
W	stiff	nAr	P
W	stiffen	V	-
W	stiffer	A	-
W	stifle	nV	-
W	stifled	Va	-
W	stifling	nVa	E
W	still	nvaR	A
W	stimulate	V	-
W	stimulated	Va	-
W	stimulates	V	-
W	stimulating	Va	-
W	stimulation	N	E
W	stimulative	A	-
W	sting	nV	-
W	stipulated	V	-
W	stipulates	V	-
W	stipulation	N	C
W	stir	nV	-
W	stirred	Va	-
W	stock	Nva	-
W	stockbroker	N	P
W	stockbrokers	N	P
W	stocked	Va	-
W	stocker	nA	-
W	stockholder	N	P
W	stockholders	N	P
W	stockholm	N	L
W	stocking	Nv	A
W	stockpile	Nv	-
W	stockpiled	V	-
W	stockpiles	Nv	-
W	stocks	Nv	F
W	stockton	N	P
W	stole	nV	A
W	stolen	V	-
W	stomach	Nv	-
W	stomping	V	-
W	stone	Nva	-
W	stones	Nv	-
W	stoning	nV	E
W	stood	V	-
W	stool	Nv	A
W	stop	nV	E
W	stopgap	N	E
W	stopover	N	L
W	stopped	Va	-
W	stoppers	Nv	C
W	stopping	nV	A
W	stops	nV	E
W	storage	N	E
W	store	Nv	F
W	stored	V	-
W	storehouse	N	F
W	stores	Nv	F
W	stories	N	C
W	storing	V	-
W	storm	Nv	-
W	stormed	V	-
W	storms	Nv	-
W	stormy	A	-
W	story	N	C
W	stowe	N	P
W	stowed	V	-
W	straight	nAr	P
W	straightforward	A	-
W	straights	N	P
W	strain	Nv	-
W	strained	Va	-
W	straining	nVa	E
W	strains	Nv	-
W	strait	Na	-
W	stranded	Va	-
W	strange	A	-
W	strangely	R	-
W	strangers	N	P
W	strap	Nv	A
W	strapped	V	-
W	strasbourg	N	L
W	strata	N	L
W	strategic	A	-
W	strategically	R	-
W	strategist	N	P
W	strategists	N	P
W	strauss	N	P
W	straw	Nva	-
W	streak	Nv	G
W	stream	Nv	-
W	streamline	V	-
W	streamlined	vA	-
W	streamlining	V	-
W	streams	Nv	-
W	street	N	A
W	streets	N	A
W	strengthen	V	-
W	strengthened	Va	-
W	strengthening	nV	E
W	strengthens	V	-
W	strenuous	A	-
W	strep	Na	-
W	stress	Nv	C
W	stressed	Va	-
W	stresses	Nv	C
W	stressing	V	-
W	stretch	nVa	-
W	stretched	Va	-
W	stretches	nV	-
W	stretching	nV	E
W	stricken	A	-
W	strict	A	-
W	stricter	A	-
W	strictly	R	-
W	stride	nV	E
W	strident	A	-
W	strides	nV	E
W	strike	nV	E
W	strikebreakers	N	P
W	strikers	N	P
W	strikes	nV	E
W	striking	nVa	E
W	string	Nv	A
W	stringent	A	-
W	strings	Nv	G
W	strip	Nv	-
W	stripes	nV	C
W	stripped	Va	-
W	stripping	nV	E
W	strive	V	-
W	striving	nV	E
W	stroke	Nv	E
W	strong	A	-
W	strong-arm	Va	-
W	stronger	A	-
W	strongest	A	-
W	stronghold	N	F
W	strongholds	N	F
W	strongly	R	-
W	struck	Va	-
W	structural	A	-
W	structure	Nv	F
W	structured	vA	-
W	structures	Nv	F
W	structuring	V	-
W	struggle	Nv	E
W	struggled	V	-
W	struggles	Nv	E
W	struggling	Va	-
W	stuart	N	P
W	stubborn	A	-
W	stubbornly	R	-
W	stuck	Va	-
W	student	N	P
W	students	N	P
W	studied	Va	-
W	studies	Nv	E
W	studio	N	A
W	studios	N	A
W	study	Nv	E
W	studying	nV	C
W	stuff	Nv	-
W	stumbled	V	-
W	stumbling	V	-
W	stunned	Va	-
W	stunning	Va	-
W	stupid	nA	P
W	stuttgart	N	L
W	style	Nv	-
W	styles	Nv	-
W	stymied	V	-
W	suave	A	-
W	sub	nV	-
W	sub-saharan	A	-
W	subcommittee	N	G
W	subcompact	N	V
W	subcontract	nV	C
W	subcontracting	V	-
W	subcontractor	N	P
W	subcontractors	N	P
W	subcontracts	nV	C
W	subdivisions	N	L
W	subdue	V	-
W	subdued	vA	-
W	subject	Nva	C
W	subjected	V	-
W	subjective	A	-
W	subjects	Nv	C
W	submarine	Nva	V
W	submarines	Nv	V
W	submersible	Na	A
W	submission	N	C
W	submissions	N	C
W	submit	V	-
W	submits	V	-
W	submitted	V	-
W	submitting	V	-
W	subordinate	Nva	P
W	subordinated	V	-
W	subordinates	Nv	P
W	subpoena	nV	C
W	subpoenaed	V	-
W	subpoenas	nV	C
W	subscribe	V	-
W	subscribed	Va	-
W	subscriber	N	P
W	subscribers	N	P
W	subscribing	V	-
W	subsequent	A	-
W	subsequently	R	-
W	subside	V	-
W	subsided	V	-
W	subsidiaries	N	P
W	subsidiary	Na	P
W	subsidise	V	-
W	subsidised	Va	-
W	subsidises	V	-
W	subsidising	V	-
W	subsidize	V	-
W	subsidized	Va	-
W	subsidizing	V	-
W	substandard	A	-
W	substantial	A	-
W	substantially	R	-
W	substantiate	V	-
W	substantive	nA	C
W	substitute	nVa	-
W	substituted	V	-
W	substitutes	nV	-
W	substituting	nV	E
W	substitution	N	E
W	subsystem	N	G
W	subsystems	N	G
W	subtracted	V	-
W	subtracting	V	-
W	suburb	N	L
W	suburban	A	-
W	suburbs	N	L
W	subversion	N	E
W	subverted	V	-
W	subway	N	A
W	succeed	V	-
W	succeeded	V	-
W	succeeding	Va	-
W	succeeds	V	-
W	success	N	E
W	successes	N	E
W	successful	A	-
W	successfully	R	-
W	successive	A	-
W	successor	N	P
W	successors	N	P
W	succumbing	V	-
W	such	Ar	-
W	suck	nV	E
W	sucker	N	P
W	sudan	N	L
W	sudanese	Na	P
W	sudbury	N	L
W	sudden	A	-
W	suddenly	R	-
W	sue	nV	P
W	sued	V	-
W	suez	N	L
W	suffer	V	-
W	suffered	V	-
W	sufferers	N	P
W	suffering	nVa	-
W	suffers	V	-
W	suffice	V	-
W	sufficient	A	-
W	sufficiently	R	-
W	sugar	Nv	-
W	sugars	Nv	-
W	suggest	V	-
W	suggested	V	-
W	suggesting	V	-
W	suggests	V	-
W	suharto	N	P
W	suicide	N	E
W	suing	V	-
W	suisse	N	L
W	suit	Nv	A
W	suitable	A	-
W	suite	N	C
W	suited	Va	-
W	suitor	N	P
W	suitors	N	P
W	suits	Nv	A
W	sulfate	Nv	-
W	sulfur	Nv	-
W	sullivan	N	P
W	sulphur	nV	-
W	sulphuric	A	-
W	sultan	N	P
W	sum	Nv	-
W	sumatra	N	L
W	sumatran	Na	P
W	summarized	V	-
W	summary	Na	C
W	summer	Nv	T
W	summing	V	-
W	summit	Nv	-
W	summoned	V	-
W	sumner	N	P
W	sums	Nv	-
W	sun	Nv	-
W	sunday	N	T
W	sundays	N	T
W	sunderland	N	L
W	sundries	N	A
W	sunglasses	N	A
W	sunk	Va	-
W	sunken	Va	-
W	sunni	N	P
W	sunny	A	-
W	sunrise	Na	T
W	sunset	Na	T
W	super	nAr	P
W	superb	A	-
W	supercharger	N	A
W	supercomputer	N	A
W	supercomputers	N	A
W	superintendent	N	P
W	superior	nA	P
W	supermarket	N	F
W	supermarkets	N	F
W	superpower	N	G
W	superpowers	N	G
W	superseded	V	-
W	supersonic	A	-
W	supertanker	N	V
W	supervise	V	-
W	supervised	Va	-
W	supervision	N	E
W	supervisors	N	P
W	supervisory	A	-
W	supplant	V	-
W	supplement	Nv	C
W	supplemental	A	-
W	supplementary	A	-
W	supplements	Nv	C
W	supplied	V	-
W	supplier	N	P
W	suppliers	N	P
W	supplies	nV	-
W	supply	nV	-
W	supplying	nV	E
W	support	nV	E
W	supported	Va	-
W	supporter	N	P
W	supporters	N	P
W	supporting	nVa	E
W	supportive	A	-
W	supports	nV	E
W	suppose	V	-
W	supposed	Va	-
W	supposedly	R	-
W	suppress	V	-
W	suppressed	Va	-
W	suppressing	V	-
W	supranational	A	-
W	supreme	A	-
W	sur	N	L
W	surcharge	Nv	-
W	surcharges	Nv	-
W	sure	Ar	-
W	surely	R	-
W	surface	Nva	A
W	surfaced	V	-
W	surfaces	Nv	A
W	surfacing	nV	E
W	surge	nV	E
W	surged	V	-
W	surgeon	N	P
W	surges	nV	E
W	surgical	A	-
W	surging	Va	-
W	surinam	N	L
W	surmount	V	-
W	surpass	V	-
W	surpassed	V	-
W	surpassing	Va	-
W	surplus	Na	-
W	surprise	nV	-
W	surprised	Va	-
W	surprises	nV	-
W	surprising	Va	-
W	surprisingly	R	-
W	surrender	nV	-
W	surrendered	V	-
W	surrendering	V	-
W	surrey	N	L
W	surrogate	Na	P
W	surrounded	Va	-
W	surrounding	Va	-
W	surrounds	nV	L
W	surtax	Nv	-
W	surveillance	N	E
W	survey	nV	E
W	surveyed	V	-
W	surveys	nV	E
W	survive	V	-
W	survived	V	-
W	surviving	Va	-
W	survivor	N	P
W	survivors	N	P
W	susceptible	A	-
W	suspect	nVa	P
W	suspected	Va	-
W	suspects	nV	P
W	suspend	V	-
W	suspended	Va	-
W	suspending	V	-
W	sustain	V	-
W	sustainable	A	-
W	sustained	Va	-
W	sustaining	V	-
W	sutherland	N	P
W	svizzera	N	L
W	swallow	nV	-
W	swallowed	V	-
W	swallows	nV	-
W	swam	V	-
W	swamp	Nv	-
W	swank	Nva	-
W	swap	nV	E
W	swapped	V	-
W	swapping	V	-
W	swaps	nV	E
W	sway	nV	-
W	swaziland	N	L
W	swearing	nV	C
W	sweden	N	L
W	swedish	nA	C
W	sweep	nV	-
W	sweeping	nVa	E
W	sweet	nAr	P
W	sweeten	V	-
W	sweetened	Va	-
W	sweeter	A	-
W	swell	nVa	E
W	swelled	Va	-
W	swelling	nV	-
W	swept	Va	-
W	swift	nA	P
W	swiftly	R	-
W	swim	nV	E
W	swimmers	N	P
W	swimming	nVa	E
W	swindle	nV	E
W	swing	nV	-
W	swingeing	Va	-
W	swinging	nVa	E
W	swings	nV	-
W	swirl	nV	-
W	swiss	Na	P
W	switch	nV	A
W	switched	V	-
W	switches	nV	A
W	switching	nV	E
W	switzerland	N	L
W	swollen	Va	-
W	sword	N	W
W	swore	V	-
W	sworn	Va	-
W	swung	V	-
W	sydney	N	L
W	symbol	N	C
W	symbolic	A	-
W	symbols	N	C
W	sympathetic	A	-
W	sympathise	V	-
W	symphony	N	C
W	symposium	N	G
W	synchronous	A	-
W	syndicate	Nv	G
W	syndicated	V	-
W	syndicates	Nv	G
W	syndicating	V	-
W	syndication	N	E
W	syndications	N	E
W	syndicator	N	P
W	synthetic	nA	-
W	syracuse	N	L
W	syria	N	L
W	syrian	nA	P
W	syrians	N	P
W	system	N	A
W	systematic	A	-
W	systematically	R	-
W	systemic	A	-
W	systems	N	A
W	tab	N	C
W	table	Nv	G
W	tabled	V	-
W	tables	Nv	G
W	tablet	N	A
W	tablets	N	A
W	tabloid	N	C
W	tabor	N	A
W	tabs	N	C
W	tabulated	V	-
W	tabulation	N	C
W	tacit	A	-
W	tack	nV	L
W	tackle	nV	P
W	tackled	V	-
W	tackling	V	-
W	taco	N	P
W	tacoma	N	L
W	tactical	A	-
W	taft	N	P
W	tag	nV	C
W	tagamet	N	A
W	tags	nV	C
W	tail	Nv	-
W	tailings	N	E
W	tailor	nV	P
W	tailored	Va	-
W	tails	Nv	A
W	tainted	Va	-
W	taipei	N	L
W	taiwan	N	L
W	taiwanese	Na	P
W	tajikistan	N	L
W	tajiks	N	P
W	take	nV	-
W	take-up	N	A
W	taken	Va	-
W	takeoff	N	E
W	takeover	N	E
W	takeovers	N	E
W	taker	N	P
W	takers	N	P
W	takes	nV	-
W	taking	nVa	E
W	talbot	N	P
W	talc	Nv	-
W	tale	N	C
W	tales	N	C
W	taliban	N	G
W	talk	nV	C
W	talked	V	-
W	talking	nV	C
W	talks	nV	C
W	tall	nA	-
W	tally	Nv	E
W	tam	N	A
W	tamed	Va	-
W	tamil	Na	P
W	tamils	N	P
W	tampa	N	L
W	tamper	nV	A
W	tampere	N	L
W	tampering	Nv	E
W	tampico	N	L
W	tan	Nva	-
W	tandem	Nr	-
W	tandy	N	P
W	tange	N	P
W	tangible	A	-
W	tank	Nv	V
W	tanker	N	V
W	tankers	N	V
W	tanks	Nv	V
W	tantalizing	Va	-
W	tantamount	A	-
W	tanzania	N	L
W	tanzanian	Na	P
W	tap	nV	E
W	tape	Nv	A
W	taped	Va	-
W	taper	nV	-
W	tapering	nVa	E
W	tapes	nV	A
W	tapped	Va	-
W	tapping	nV	E
W	taps	nV	C
W	tar	Nv	-
W	target	Nv	C
W	targeted	V	-
W	targeting	V	-
W	targets	Nv	C
W	tariff	Nv	-
W	tariffs	Nv	-
W	tartus	N	L
W	task	Nv	E
W	tasks	Nv	E
W	tasman	N	P
W	tasmania	N	L
W	taste	Nv	-
W	tastes	Nv	-
W	tate	N	P
W	taught	V	-
W	taurus	N	P
W	tax	Nv	-
W	tax-exempt	nA	-
W	tax-free	A	-
W	taxable	A	-
W	taxed	V	-
W	taxes	Nv	-
W	taxi	Nv	V
W	taxing	Va	-
W	taxpayer	N	P
W	taxpayers	N	P
W	taylor	N	P
W	teach	nV	P
W	teacher	N	P
W	teachers	N	P
W	teaching	nV	E
W	team	Nv	G
W	teamed	V	-
W	teaming	V	-
W	teams	Nv	G
W	teamster	N	P
W	teamsters	N	P
W	tear	nV	-
W	tearing	nVa	-
W	teased	Va	-
W	tec	N	P
W	tech	N	G
W	technical	nA	V
W	technically	R	-
W	technicians	N	P
W	technocrat	N	P
W	technological	A	-
W	technologically	R	-
W	technologies	N	E
W	technology	N	E
W	ted	N	P
W	teddy	N	A
W	tedious	A	-
W	teen	nA	P
W	teenage	A	-
W	tehran	N	L
W	telecom	N	C
W	telecommunication	N	C
W	telecommunications	N	C
W	teleconferencing	N	C
W	telegraph	Nv	A
W	telemarketing	N	E
W	telephone	Nv	A
W	telephoned	V	-
W	telephones	Nv	A
W	televised	V	-
W	television	N	C
W	televisions	N	C
W	telex	Nv	A
W	telexed	V	-
W	telexes	Nv	A
W	tell	nV	P
W	teller	N	P
W	telling	nVa	C
W	tells	nV	P
W	temp	N	P
W	temper	Nv	-
W	tempered	Va	-
W	tempers	Nv	-
W	temple	N	F
W	temples	N	F
W	tempo	N	T
W	temporarily	R	-
W	temporary	nA	P
W	tempt	V	-
W	ten	nA	-
W	tenant	Nv	P
W	tend	V	-
W	tended	V	-
W	tender	nvA	-
W	tendered	V	-
W	tendering	V	-
W	tenderloin	N	L
W	tenders	nV	-
W	tending	nVa	E
W	tends	V	-
W	tennessee	N	L
W	tennis	N	E
W	tense	Nva	C
W	tentative	A	-
W	tentatively	R	-
W	tenth	nA	-
W	tenure	Nv	T
W	tenures	Nv	T
W	terence	N	P
W	term	Nv	C
W	termed	V	-
W	terminal	nA	F
W	terminals	N	F
W	terminate	V	-
W	terminated	Va	-
W	terminates	V	-
W	terminating	V	-
W	termination	N	T
W	terming	V	-
W	terms	Nv	-
W	terrace	Nv	F
W	terrible	A	-
W	terribly	R	-
W	terrified	vA	-
W	terrifying	vA	-
W	territorial	nA	P
W	territories	N	L
W	territory	N	L
W	terrorism	N	E
W	terrorist	N	P
W	terrorists	N	P
W	terry	N	P
W	tertiary	Na	T
W	test	nV	-
W	tested	Va	-
W	testified	V	-
W	testify	V	-
W	testifying	V	-
W	testimony	N	C
W	testing	nV	E
W	tests	nV	-
W	tet	N	T
W	texan	Na	P
W	texans	N	P
W	texas	N	L
W	text	N	C
W	textbook	Na	C
W	textile	Na	A
W	textiles	N	A
W	th	N	T
W	thai	Na	P
W	thailand	N	L
W	thank	V	-
W	thanked	V	-
W	thanks	nV	C
W	thanksgiving	N	T
W	thatcher	N	P
W	thaw	nV	-
W	theater	N	F
W	theaters	N	F
W	theatre	N	F
W	theatres	N	F
W	theatrical	nA	C
W	theft	N	E
W	theme	Nv	C
W	themes	Nv	C
W	then	naR	T
W	theoretical	A	-
W	theoretically	R	-
W	theorist	N	P
W	theorists	N	P
W	therapeutic	nA	A
W	therapies	N	E
W	therapy	N	E
W	there	nR	L
W	thereafter	R	-
W	thereby	R	-
W	therefore	R	-
W	theresa	N	P
W	thermal	nA	-
W	thermonuclear	A	-
W	thermoplastic	Na	-
W	thesaurus	N	C
W	thesis	N	C
W	theta	N	C
W	thick	nAr	L
W	thieves	Nv	P
W	thin	vAr	-
W	think	nV	-
W	thinking	nVa	-
W	thinks	nV	-
W	thinly	R	-
W	third	nAr	-
W	thirdly	R	-
W	thirteen	nA	-
W	thirteenth	nA	-
W	thirty	nA	-
W	thirty-three	A	-
W	thomas	N	P
W	thompson	N	P
W	thomson	N	P
W	thor	N	P
W	thorny	A	-
W	thorough	A	-
W	thoroughly	R	-
W	though	R	-
W	thought	nV	-
W	thousand	Na	-
W	thrashing	nV	E
W	thread	nV	A
W	threaten	V	-
W	threatened	Va	-
W	threatening	Va	-
W	threatens	V	-
W	three	nA	-
W	three-dimensional	A	-
W	three-pronged	A	-
W	three-way	A	-
W	three-year-old	A	-
W	threshold	N	T
W	thresholds	N	T
W	threw	V	-
W	thrifty	A	-
W	thrilled	Va	-
W	thriving	Va	-
W	throngs	Nv	G
W	throttle	Nv	A
W	through	aR	-
W	throughout	R	-
W	throughput	N	A
W	throw	nV	E
W	throwing	V	-
W	thrown	Va	-
W	throws	nV	E
W	thrust	nV	-
W	thrusts	nV	-
W	ths	N	T
W	thugs	N	P
W	thunder	Nv	E
W	thursday	N	T
W	thursdays	N	T
W	thus	nR	-
W	thwart	nV	A
W	thwarted	Va	-
W	thwarting	nVa	E
W	tianjin	N	L
W	ticket	Nv	C
W	tickets	Nv	C
W	ticking	nV	E
W	tidal	A	-
W	tide	Nv	E
W	tie	nV	A
W	tied	Va	-
W	ties	nV	A
W	tiffany	N	P
W	tiger	N	P
W	tight	Ar	-
W	tighten	V	-
W	tightened	V	-
W	tightening	nV	E
W	tighter	A	-
W	tightly	R	-
W	tikes	N	P
W	tilden	N	P
W	tile	Nv	A
W	till	Nv	-
W	tillering	V	-
W	tilt	nV	E
W	time	Nv	E
W	time-consuming	A	-
W	timed	Va	-
W	timely	Ar	-
W	times	Nv	T
W	timetable	N	C
W	timid	nA	G
W	timing	nV	-
W	tin	Nv	-
W	tinker	nV	P
W	tinkering	V	-
W	tiny	A	-
W	tip	Nv	L
W	tipped	Va	-
W	tips	Nv	L
W	tire	Nv	A
W	tired	vA	-
W	tires	Nv	A
W	tissue	Nv	-
W	tissues	Nv	-
W	titan	N	P
W	title	Nv	C
W	titled	vA	-
W	titles	Nv	C
W	tnt	N	A
W	toasted	Va	-
W	tobacco	N	A
W	tobaccos	N	A
W	tobago	N	L
W	toda	N	P
W	today	Nr	T
W	todd	N	P
W	toe	Nv	-
W	together	aR	-
W	togo	N	L
W	token	Na	C
W	tokyo	N	L
W	told	V	-
W	toledo	N	L
W	tolerate	V	-
W	tolerated	V	-
W	tolerating	V	-
W	toll	Nv	-
W	toll-free	A	-
W	tolls	Nv	-
W	tom	N	P
W	tomb	N	A
W	tombs	N	A
W	tomography	N	E
W	tomorrow	Nr	T
W	tone	Nv	C
W	tones	Nv	C
W	tongue	Nv	-
W	tonight	nR	T
W	too	R	-
W	took	V	-
W	tool	Nv	A
W	tooling	V	-
W	tools	Nv	A
W	toothpaste	N	A
W	top	Nva	L
W	top-flight	A	-
W	top-secret	A	-
W	topeka	N	L
W	topic	N	C
W	topical	A	-
W	topics	N	C
W	topped	Va	-
W	topping	nVa	-
W	topple	V	-
W	toppled	V	-
W	toppling	V	-
W	tops	Nva	L
W	torch	Nv	A
W	torched	V	-
W	tories	N	P
W	torino	N	L
W	torn	Va	-
W	toronto	N	L
W	torpedoed	V	-
W	torpedoes	Nv	P
W	torrential	A	-
W	torrid	A	-
W	torture	nV	-
W	tortured	Va	-
W	torturing	nVa	E
W	tory	N	P
W	tossed	V	-
W	total	nvA	A
W	totaled	Va	-
W	totaling	V	-
W	totalled	V	-
W	totalling	V	-
W	totally	R	-
W	totals	Nv	A
W	toting	V	-
W	touch	nV	E
W	touched	Va	-
W	touches	nV	E
W	touching	nVa	E
W	tough	nA	P
W	toughen	V	-
W	toughening	V	-
W	tougher	A	-
W	toughest	A	-
W	toulouse	N	L
W	tour	Nv	E
W	touring	V	-
W	tourism	N	E
W	tourist	N	P
W	tourists	N	P
W	tournament	N	E
W	tours	Nv	L
W	tow	Nv	E
W	towed	V	-
W	towel	Nv	A
W	tower	Nv	F
W	towers	Nv	F
W	town	N	L
W	towns	N	L
W	townsend	N	P
W	township	N	L
W	townships	N	L
W	toxic	A	-
W	toxicologic	A	-
W	toy	Nv	A
W	toyota	N	L
W	toys	Nv	A
W	tpn	N	E
W	trace	nV	-
W	traces	nV	-
W	track	Nv	-
W	tracked	Va	-
W	tracking	nV	E
W	tracks	Nv	-
W	tract	N	L
W	tractor	N	V
W	tractors	N	V
W	tracts	N	L
W	trade	Nv	E
W	traded	V	-
W	trademark	Nv	-
W	trademarks	Nv	-
W	trader	Na	P
W	traders	N	P
W	trades	Nv	E
W	trading	nV	E
W	traditional	A	-
W	traditionally	R	-
W	trafalgar	N	E
W	traffic	Nv	G
W	trafficking	V	-
W	tragedies	N	E
W	tragedy	N	E
W	tragic	A	-
W	trail	nV	-
W	trailed	V	-
W	trailer	N	P
W	trailers	N	P
W	trailing	nV	E
W	trails	nV	-
W	train	nV	A
W	trained	Va	-
W	trainees	N	P
W	trainer	N	P
W	trainers	N	P
W	training	Nv	E
W	trains	nV	A
W	transact	V	-
W	transacted	V	-
W	transaction	N	E
W	transactions	N	C
W	transatlantic	A	-
W	transcontinental	A	-
W	transcript	N	C
W	transcripts	N	C
W	transdermal	A	-
W	transfer	nV	E
W	transferable	A	-
W	transfered	V	-
W	transfering	V	-
W	transferrable	A	-
W	transferred	V	-
W	transferring	V	-
W	transfers	nV	E
W	transform	V	-
W	transformation	N	E
W	transformed	Va	-
W	transformer	N	A
W	transforming	V	-
W	transfusion	N	E
W	transfusions	N	E
W	transgender	A	-
W	transistor	N	A
W	transistors	N	A
W	transit	Nv	A
W	transition	Nv	E
W	transitional	A	-
W	transitory	A	-
W	translate	V	-
W	translated	V	-
W	translates	V	-
W	translating	V	-
W	translation	N	C
W	translations	N	C
W	transmission	N	E
W	transmissions	N	E
W	transmit	V	-
W	transmits	V	-
W	transmitted	Va	-
W	transnational	A	-
W	transparent	A	-
W	transplant	nV	-
W	transplantation	N	E
W	transplants	nV	-
W	transponder	N	A
W	transponders	N	A
W	transport	nV	A
W	transportation	N	F
W	transported	V	-
W	transporting	V	-
W	transports	nV	A
W	transshipment	N	E
W	transvaal	N	L
W	trap	Nv	A
W	trapped	Va	-
W	trapping	nV	A
W	traps	Nv	A
W	traumatic	A	-
W	trave	N	A
W	travel	nV	E
W	traveled	Va	-
W	travelers	N	P
W	traveling	nV	E
W	travelled	Va	-
W	travellers	N	P
W	travelling	nV	E
W	travels	nV	E
W	tread	nV	E
W	treadmills	N	A
W	treason	N	E
W	treasure	Nv	-
W	treasurer	N	P
W	treasurers	N	P
W	treat	nV	-
W	treated	Va	-
W	treaties	N	C
W	treating	V	-
W	treatment	N	E
W	treatments	N	E
W	treats	nV	-
W	treaty	N	C
W	trebled	V	-
W	trebling	V	-
W	tree	Nv	-
W	trees	Nv	-
W	tremble	nV	E
W	tremendous	A	-
W	tremendously	R	-
W	tremor	Nv	E
W	tremors	Nv	E
W	trend	Nv	L
W	trending	V	-
W	trends	Nv	L
W	trenton	N	L
W	trial	N	E
W	trials	N	E
W	tribal	A	-
W	tribes	N	G
W	tribunal	N	G
W	tribune	N	P
W	tribute	N	C
W	trick	Nv	E
W	trickle	nV	E
W	trickled	V	-
W	tricks	Nv	E
W	tricky	A	-
W	trident	N	W
W	tried	Va	-
W	tries	nV	E
W	trigger	Nv	A
W	triggered	V	-
W	triggering	V	-
W	triggers	Nv	A
W	trilateral	Na	-
W	trillion	Na	-
W	trilogy	N	G
W	trim	nVa	-
W	trimmed	Va	-
W	trimming	nV	E
W	trinidad	N	L
W	trip	Nv	E
W	tripartite	A	-
W	triple	nVa	E
W	tripled	V	-
W	tripling	nV	-
W	trips	Nv	E
W	triton	N	P
W	triumph	Nv	E
W	trodden	V	-
W	troika	N	V
W	trolls	Nv	P
W	troop	Nv	G
W	troops	Nv	G
W	tropical	A	-
W	trouble	Nv	-
W	troubled	Va	-
W	troubles	Nv	-
W	troublesome	A	-
W	troubling	Va	-
W	trounced	V	-
W	truck	Nv	V
W	trucking	Nv	E
W	trucks	Nv	V
W	true	nvAr	-
W	truer	A	-
W	truism	N	C
W	truly	R	-
W	truman	N	P
W	trump	Nv	A
W	trusses	Nv	A
W	trust	nV	-
W	trusted	Va	-
W	trustee	N	P
W	trustees	N	P
W	trusting	Va	-
W	trusts	nV	-
W	truthful	A	-
W	try	nV	E
W	trying	Va	-
W	tt	N	T
W	tube	Nv	A
W	tubes	Nv	A
W	tubing	Nv	A
W	tubs	N	A
W	tucker	Nv	P
W	tucson	N	L
W	tues	N	T
W	tuesday	N	T
W	tug	nV	E
W	tug-of-war	N	E
W	tugs	nV	E
W	tully	N	P
W	tulsa	N	L
W	tumble	nV	E
W	tumbled	V	-
W	tumbling	nV	E
W	tune	Nv	C
W	tuned	V	-
W	tunis	N	L
W	tunisia	N	L
W	tunisian	Na	P
W	tunnel	nV	A
W	tunnels	nV	A
W	turbine	N	A
W	turbines	N	A
W	turbofan	N	V
W	turboprop	N	V
W	turbulent	A	-
W	turf	Nv	-
W	turk	N	P
W	turkish	nA	C
W	turkmen	Na	P
W	turks	N	P
W	turn	nV	-
W	turnaround	N	T
W	turned	Va	-
W	turner	N	P
W	turning	nV	E
W	turnkey	N	P
W	turnout	N	G
W	turns	nV	-
W	tv	N	C
W	tweet	Nv	E
W	tweeted	V	-
W	tweets	Nv	E
W	twelve	nA	-
W	twenty	nA	-
W	twice	R	-
W	twin	Nva	P
W	twinjet	N	V
W	twinjets	N	V
W	twist	nV	E
W	twitter	Nv	E
W	two	nA	-
W	two-fold	A	-
W	two-piece	Na	A
W	two-step	Nv	E
W	two-way	A	-
W	two-wheel	A	-
W	two-year	A	-
W	tx	N	L
W	tycoon	N	P
W	tying	nV	E
W	tyler	N	P
W	type	Nv	-
W	types	Nv	-
W	typewriters	N	A
W	typical	A	-
W	typically	R	-
W	tyranny	N	G
W	tyre	N	L
W	tyres	N	L
W	tyson	N	P
W	u	Na	-
W	u-turn	N	E
W	uda	N	G
W	uganda	N	L
W	ugandan	Na	P
W	ugly	A	-
W	uk	N	L
W	ukraine	N	L
W	ukrainian	Na	C
W	ulster	N	L
W	ultimate	nA	-
W	ultimately	R	-
W	ultra	A	-
W	ultraviolet	Na	-
W	ulysses	N	P
W	umbrella	Na	A
W	un	N	G
W	unabated	A	-
W	unable	A	-
W	unacceptable	A	-
W	unacceptably	R	-
W	unacknowledged	A	-
W	unadjusted	A	-
W	unaffected	A	-
W	unaffiliated	A	-
W	unalloyed	A	-
W	unaltered	A	-
W	unambiguous	A	-
W	unanimous	A	-
W	unanimously	R	-
W	unannounced	A	-
W	unanswered	A	-
W	unanticipated	A	-
W	unarmed	vA	-
W	unassigned	A	-
W	unattractive	A	-
W	unauthorised	A	-
W	unauthorized	A	-
W	unavailable	A	-
W	unavoidable	A	-
W	unaware	A	-
W	unbalanced	Va	-
W	unbelievable	A	-
W	unbinding	V	-
W	uncertain	A	-
W	unchanged	A	-
W	unchecked	A	-
W	uncle	N	P
W	unclear	A	-
W	uncoated	A	-
W	uncollected	A	-
W	uncollectible	A	-
W	uncomfortable	A	-
W	uncomfortably	R	-
W	uncommitted	A	-
W	uncommon	A	-
W	uncompetitive	A	-
W	uncompromising	A	-
W	unconditional	A	-
W	unconditionally	R	-
W	unconfirmed	A	-
W	unconsolidated	A	-
W	unconstitutional	A	-
W	uncontrolled	A	-
W	unconvinced	A	-
W	uncorrected	A	-
W	uncoupling	V	-
W	uncovered	Va	-
W	uncovering	nV	E
W	undamaged	A	-
W	undecided	A	-
W	undeclared	A	-
W	undeniable	A	-
W	under	Ar	-
W	underage	A	-
W	undercut	Nv	-
W	undercutting	V	-
W	underdeveloped	vA	-
W	underestimated	V	-
W	undergarment	N	A
W	undergo	V	-
W	undergoing	V	-
W	undergone	V	-
W	underground	nAr	G
W	underlined	V	-
W	underlines	nV	C
W	underlying	Va	-
W	undermine	V	-
W	undermined	V	-
W	undermines	V	-
W	undermining	V	-
W	underneath	R	-
W	underperformed	V	-
W	underperforming	V	-
W	underpin	V	-
W	underpinned	V	-
W	underpinning	V	-
W	underpriced	V	-
W	underpricing	V	-
W	underscore	nV	C
W	underscored	V	-
W	underscores	nV	C
W	underscoring	V	-
W	undersea	A	-
W	undersecretary	N	P
W	understand	V	-
W	understandable	A	-
W	understandably	R	-
W	understanding	nVa	-
W	understands	V	-
W	understated	Va	-
W	understood	Va	-
W	undertake	V	-
W	undertaken	V	-
W	undertakes	V	-
W	undertaking	nV	E
W	undertakings	N	E
W	undertone	N	C
W	undertook	V	-
W	undervalued	V	-
W	underwater	A	-
W	underway	A	-
W	underwent	V	-
W	underwoods	N	G
W	underwrite	V	-
W	underwriter	N	P
W	underwriters	N	P
W	underwrites	V	-
W	underwriting	V	-
W	underwritten	V	-
W	underwrote	V	-
W	undesirable	nA	P
W	undetected	A	-
W	undetermined	A	-
W	undeveloped	A	-
W	undisclosed	A	-
W	undiscovered	A	-
W	undivided	A	-
W	undo	V	-
W	undocumented	A	-
W	undoubtedly	R	-
W	undrawn	A	-
W	undue	A	-
W	unduly	R	-
W	uneasy	A	-
W	uneconomic	A	-
W	uneconomical	A	-
W	unemployed	nA	G
W	unenthusiastic	A	-
W	unequal	A	-
W	unequivocal	A	-
W	unequivocally	R	-
W	unethical	A	-
W	uneven	A	-
W	unevenly	R	-
W	uneventful	A	-
W	unexpected	A	-
W	unexpectedly	R	-
W	unexplored	A	-
W	unfair	A	-
W	unfairly	R	-
W	unfavorable	A	-
W	unfavourable	A	-
W	unfettered	A	-
W	unfilled	A	-
W	unfinished	A	-
W	unfit	vA	-
W	unfolding	nV	-
W	unforeseen	A	-
W	unforgivable	A	-
W	unfortunate	nA	P
W	unfortunately	R	-
W	unfounded	A	-
W	unfriendly	A	-
W	unfunded	A	-
W	ungraded	A	-
W	unhappy	A	-
W	unharmed	A	-
W	unheard	A	-
W	unheeded	A	-
W	unidentified	A	-
W	unification	N	E
W	unified	Va	-
W	uniform	Nva	A
W	uniformed	vA	-
W	unifying	Va	-
W	unilateral	A	-
W	unilateralist	N	P
W	unilaterally	R	-
W	unimaginable	A	-
W	uninsured	A	-
W	unintentional	A	-
W	uninterrupted	A	-
W	union	Na	G
W	unionists	N	P
W	unionized	Va	-
W	unions	N	G
W	unique	A	-
W	unitary	A	-
W	united	Va	-
W	unites	V	-
W	universal	nA	C
W	universities	N	G
W	university	N	G
W	unix	N	C
W	unjust	A	-
W	unjustified	A	-
W	unknown	nA	L
W	unlawful	A	-
W	unlawfully	R	-
W	unleaded	A	-
W	unleashed	V	-
W	unleashing	V	-
W	unlike	A	-
W	unlikely	A	-
W	unlimited	A	-
W	unlisted	A	-
W	unload	V	-
W	unloaded	Va	-
W	unloading	nV	E
W	unlock	V	-
W	unmanageable	A	-
W	unmanned	Va	-
W	unmarketable	A	-
W	unmatched	A	-
W	unmoved	A	-
W	unnamed	A	-
W	unnecessarily	R	-
W	unnecessary	A	-
W	unneeded	A	-
W	unnerved	Va	-
W	unnoticed	A	-
W	unofficial	A	-
W	unofficially	R	-
W	unopposed	A	-
W	unpack	V	-
W	unpaid	A	-
W	unpatented	A	-
W	unpleasant	A	-
W	unpledged	A	-
W	unpopular	A	-
W	unprecedented	A	-
W	unpredictable	A	-
W	unprepared	A	-
W	unprocessed	A	-
W	unproductive	A	-
W	unprofitable	A	-
W	unprotected	A	-
W	unpublished	A	-
W	unqualified	A	-
W	unravel	V	-
W	unraveling	V	-
W	unrealised	A	-
W	unrealistic	A	-
W	unrealized	A	-
W	unreasonable	A	-
W	unreasonably	R	-
W	unrecoverable	A	-
W	unregistered	A	-
W	unregulated	A	-
W	unrelated	A	-
W	unreleased	A	-
W	unrelenting	A	-
W	unreliable	A	-
W	unreported	A	-
W	unreserved	A	-
W	unreservedly	R	-
W	unresolved	A	-
W	unresponsive	A	-
W	unrestricted	A	-
W	unrevised	A	-
W	unruly	A	-
W	unsafe	A	-
W	unsatisfactory	A	-
W	unsatisfied	A	-
W	unsaturated	A	-
W	unsealed	Va	-
W	unseasonable	A	-
W	unseasonably	R	-
W	unseat	V	-
W	unsecured	A	-
W	unsettle	V	-
W	unsettled	vA	-
W	unsettling	V	-
W	unsmoothed	A	-
W	unsold	A	-
W	unsolicited	A	-
W	unsolved	A	-
W	unsound	A	-
W	unspecified	A	-
W	unspectacular	A	-
W	unstable	A	-
W	unstated	A	-
W	unsuccessful	A	-
W	unsuccessfully	R	-
W	unsuitable	A	-
W	unsure	A	-
W	untapped	A	-
W	untested	A	-
W	unthinkable	A	-
W	untied	Va	-
W	untouched	A	-
W	untrue	A	-
W	unused	A	-
W	unusual	A	-
W	unusually	R	-
W	unveil	V	-
W	unveiled	Va	-
W	unveiling	nV	C
W	unveils	V	-
W	unwanted	A	-
W	unwarranted	A	-
W	unwavering	A	-
W	unwelcome	A	-
W	unwilling	A	-
W	unwinding	V	-
W	unwise	A	-
W	unwitting	A	-
W	unwound	V	-
W	unwrapped	Va	-
W	up	vaR	-
W	up-to-date	A	-
W	upbeat	nA	-
W	upcoming	A	-
W	update	nV	C
W	updated	V	-
W	updating	nV	E
W	upending	Nv	E
W	upgrade	nV	-
W	upgraded	V	-
W	upgrades	nV	-
W	upgrading	V	-
W	upheld	V	-
W	uphill	Nar	-
W	uphold	V	-
W	upholding	V	-
W	upholstery	N	A
W	upjohn	N	P
W	upland	nA	-
W	uplift	nV	E
W	uploaded	V	-
W	upped	V	-
W	upper	nA	A
W	uprising	Nv	E
W	uproot	V	-
W	uprooted	V	-
W	upscale	A	-
W	upset	nVa	-
W	upsetting	Va	-
W	upside	N	L
W	upstate	R	-
W	upstream	aR	-
W	upsurge	N	E
W	uptick	N	E
W	upturn	N	E
W	upward	aR	-
W	upwardly	R	-
W	upwards	R	-
W	urban	A	-
W	urbana	N	L
W	urge	nV	-
W	urged	V	-
W	urgent	A	-
W	urgently	R	-
W	urges	nV	-
W	urging	nV	C
W	uric	A	-
W	urinary	A	-
W	uruguay	N	L
W	uruguayan	Na	P
W	uruguayans	N	P
W	us	N	L
W	usa	N	L
W	usable	A	-
W	usage	N	E
W	uscb	N	G
W	usda	N	G
W	use	nV	E
W	used	Va	-
W	useful	A	-
W	useless	A	-
W	user	N	P
W	users	N	P
W	uses	nV	E
W	usher	nV	P
W	ushered	V	-
W	using	nV	E
W	uss	N	L
W	ussr	N	L
W	usual	A	-
W	usually	R	-
W	usurp	V	-
W	ut	N	T
W	utah	N	L
W	ute	N	P
W	utilisation	N	E
W	utilised	Va	-
W	utilities	N	G
W	utility	Na	G
W	utilization	N	E
W	utilize	V	-
W	utilized	Va	-
W	utilizes	V	-
W	utilizing	V	-
W	utmost	nA	-
W	utter	Va	-
W	utterly	R	-
W	uzbekistan	N	L
W	v	Na	-
W	va	N	L
W	vacant	A	-
W	vacate	V	-
W	vacated	V	-
W	vacation	Nv	T
W	vacationing	nV	E
W	vacations	Nv	T
W	vaccine	N	A
W	vaccines	N	A
W	vacuum	Nv	-
W	vagaries	N	E
W	vaginal	A	-
W	vague	A	-
W	vaguely	R	-
W	vain	A	-
W	valencia	N	L
W	valid	A	-
W	validation	N	E
W	validly	R	-
W	valuable	nA	-
W	value	Nv	-
W	valued	vA	-
W	values	Nv	-
W	valuing	V	-
W	van	N	G
W	vancouver	N	P
W	vandalized	V	-
W	vandalizing	V	-
W	vanguard	N	G
W	vanished	Va	-
W	vans	N	G
W	vantage	N	L
W	vanuatu	N	L
W	variable	nA	-
W	variant	Na	E
W	variation	N	E
W	variations	N	E
W	varied	Va	-
W	varies	V	-
W	varieties	N	G
W	variety	N	G
W	various	A	-
W	varsity	N	G
W	vary	V	-
W	varying	Va	-
W	vascular	A	-
W	vasotec	N	A
W	vast	A	-
W	vastly	R	-
W	veer	V	-
W	vegas	N	P
W	vegetative	A	-
W	vehicle	N	V
W	vehicles	N	V
W	veiled	Va	-
W	vein	Nv	-
W	velocity	N	T
W	vending	Nv	E
W	vendor	N	P
W	vendors	N	P
W	venezuela	N	L
W	venezuelan	Na	P
W	venezuelans	N	P
W	vengeance	N	E
W	venice	N	L
W	venn	N	P
W	ventilation	N	E
W	venture	nV	E
W	ventures	nV	E
W	venturing	V	-
W	venue	N	L
W	veracruz	N	L
W	verbal	A	-
W	verbally	R	-
W	verdict	N	E
W	verdicts	N	E
W	verge	Nv	-
W	verifiable	A	-
W	verified	Va	-
W	verify	V	-
W	verifying	Va	-
W	vermont	N	L
W	vernes	N	P
W	versatile	A	-
W	verses	Nv	C
W	version	N	C
W	versions	N	C
W	vertical	nA	-
W	very	aR	-
W	vest	nVa	A
W	vested	Va	-
W	vet	Nv	P
W	veteran	Na	P
W	veterans	N	P
W	veterinarians	N	P
W	veterinary	nA	P
W	veto	Nv	E
W	vetoed	V	-
W	vetoes	Nv	E
W	vetoing	V	-
W	vexing	Va	-
W	vi	Na	-
W	viable	A	-
W	vibrant	A	-
W	viceroy	N	P
W	vichy	N	L
W	vicious	A	-
W	victim	N	P
W	victimized	Va	-
W	victims	N	P
W	victor	N	P
W	victoria	N	P
W	victorian	nA	P
W	victories	N	E
W	victorious	A	-
W	victory	N	E
W	video	N	C
W	videocassette	N	A
W	videocassettes	N	A
W	videos	N	C
W	vie	V	-
W	vienna	N	L
W	vietnam	N	L
W	vietnamese	Na	P
W	view	Nv	-
W	viewed	V	-
W	viewers	N	G
W	views	Nv	-
W	vigilant	A	-
W	vigilantes	N	P
W	vigorous	A	-
W	vigorously	R	-
W	viii	Na	-
W	villa	N	P
W	village	N	G
W	villagers	N	P
W	villages	N	G
W	vincristine	N	A
W	vindicator	N	P
W	vintners	N	P
W	violate	V	-
W	violated	Va	-
W	violates	V	-
W	violating	V	-
W	violation	N	E
W	violations	N	E
W	violators	N	P
W	violence	N	E
W	violent	A	-
W	violently	R	-
W	viral	A	-
W	virazole	N	A
W	virgin	Na	P
W	virginia	N	L
W	virtual	A	-
W	virtually	R	-
W	virulently	R	-
W	vis-a-vis	nR	-
W	visa	Nv	C
W	visas	Nv	C
W	vishnu	N	P
W	visible	A	-
W	visionary	Na	P
W	visit	nV	E
W	visited	V	-
W	visiting	nV	E
W	visitors	N	P
W	visits	nV	E
W	visual	A	-
W	visualize	V	-
W	vital	A	-
W	vitally	R	-
W	viva	N	C
W	viyella	N	A
W	vladivostok	N	L
W	vocal	nA	C
W	voice	Nv	-
W	voiced	Va	-
W	voicemail	N	C
W	voicing	nV	E
W	void	nvA	-
W	volatile	nA	-
W	volgograd	N	L
W	volta	N	P
W	voluntarily	R	-
W	voluntary	nA	P
W	volunteer	nVa	P
W	volunteers	nV	P
W	vote	nV	E
W	voted	V	-
W	voter	N	P
W	voters	N	P
W	votes	nV	E
W	voting	nV	E
W	vow	nV	C
W	vowed	V	-
W	vowing	V	-
W	vows	nV	C
W	vox	N	C
W	voyage	Nv	E
W	voyager	N	P
W	voyages	Nv	E
W	vulcan	N	P
W	vulnerable	A	-
W	vying	V	-
W	wage	Nv	-
W	waged	V	-
W	wages	Nv	E
W	waging	V	-
W	wagner	N	P
W	wagon	N	V
W	wagons	N	V
W	wait	nV	T
W	waite	N	P
W	waited	V	-
W	waiting	nVa	E
W	waits	nV	T
W	waive	V	-
W	waived	V	-
W	waiver	N	E
W	waivers	N	E
W	waiving	V	-
W	wake	nV	-
W	wales	N	L
W	walesa	N	P
W	walk	nV	E
W	walkaway	N	E
W	walked	V	-
W	walker	N	P
W	walking	nVa	E
W	walkout	N	E
W	walkouts	N	E
W	walks	nV	E
W	wall	Nv	F
W	wallace	N	P
W	wallboard	N	A
W	walls	Nv	F
W	walter	N	P
W	walters	N	P
W	wanamaker	N	P
W	wane	nV	-
W	waning	nVa	E
W	want	nV	-
W	wanted	Va	-
W	wanting	Va	-
W	wants	nV	-
W	war	Nv	E
W	warburg	N	P
W	ward	Nv	P
W	ware	Nv	A
W	warehouse	Nv	F
W	warehouses	Nv	F
W	warehousing	Nv	E
W	warfare	N	E
W	warhead	N	A
W	warheads	N	A
W	warm	vAr	-
W	warmer	nA	A
W	warming	nVa	-
W	warmly	R	-
W	warmonger	N	P
W	warn	V	-
W	warned	V	-
W	warner	N	P
W	warning	nVa	C
W	warnings	N	C
W	warns	V	-
W	warplanes	N	V
W	warrant	nV	C
W	warranted	V	-
W	warranties	N	C
W	warrants	nV	C
W	warranty	N	C
W	warren	N	P
W	warring	Va	-
W	warrior	N	P
W	wars	Nv	E
W	warsaw	N	L
W	warship	N	V
W	warships	N	V
W	wartime	N	T
W	warwick	N	P
W	wary	A	-
W	was	nV	L
W	wash	nV	A
W	washed	Va	-
W	washers	N	P
W	washington	N	L
W	waste	nVa	-
W	wasted	Va	-
W	wasteful	A	-
W	wastes	nV	-
W	wasting	nV	-
W	watch	nV	A
W	watchdog	N	P
W	watched	V	-
W	watcher	N	P
W	watchers	N	P
W	watches	nV	A
W	watchful	A	-
W	watching	nV	E
W	watchword	N	C
W	water	Nv	-
W	watered	Va	-
W	watergate	N	E
W	waterman	N	P
W	waters	Nv	P
W	wats	N	A
W	watson	N	P
W	wave	Nv	E
W	waver	nV	P
W	waves	Nv	E
W	waving	nV	C
W	wax	Nv	-
W	way	Nr	-
W	wayne	N	P
W	ways	N	F
W	wayward	A	-
W	weak	A	-
W	weaken	V	-
W	weakened	Va	-
W	weakening	nVa	E
W	weakens	V	-
W	weaker	A	-
W	weakest	A	-
W	wealthy	A	-
W	weapon	N	W
W	weaponized	V	-
W	weaponry	N	A
W	weapons	N	W
W	wear	nV	-
W	wearing	nVa	-
W	weather	Nva	-
W	weathered	Va	-
W	weaver	N	P
W	web	Nv	-
W	webb	N	P
W	website	N	C
W	websites	N	C
W	webster	N	P
W	wedding	Nv	E
W	wedge	Nv	-
W	wednesday	N	T
W	wee	nvA	T
W	weed	Nv	-
W	week	N	T
W	weekdays	N	T
W	weekend	Nv	T
W	weekends	Nv	T
W	weekly	nAr	C
W	weeks	N	T
W	wei	N	G
W	weigh	V	-
W	weighed	V	-
W	weighing	nV	-
W	weighs	V	-
W	weight	Nv	-
W	weighted	Va	-
W	weighting	nV	-
W	weights	Nv	-
W	weighty	A	-
W	weil	N	P
W	weill	N	P
W	weir	N	F
W	welch	V	-
W	welcome	nVa	-
W	welcomed	V	-
W	welcomes	nV	-
W	welcoming	Va	-
W	welding	nV	E
W	welds	nV	-
W	welfare	N	E
W	well	nvaR	A
W	well-intentioned	A	-
W	well-known	A	-
W	well-timed	Ar	-
W	wellhead	N	L
W	wellington	N	P
W	wells	Nv	P
W	welsh	Nva	P
W	welt	Nv	-
W	went	V	-
W	were	V	-
W	west	Nar	L
W	western	nA	C
W	westerners	N	P
W	westinghouse	N	P
W	westminster	N	L
W	weston	N	P
W	westward	naR	-
W	wet	nvA	-
W	whale	Nv	P
W	wharf	Nv	A
W	wharton	N	P
W	whatever	A	-
W	whatsoever	A	-
W	wheel	Nv	A
W	wheeler	N	P
W	wheels	Nv	A
W	whereabouts	N	L
W	wherever	R	-
W	while	N	T
W	whip	nV	A
W	whipped	V	-
W	whirlpool	Nv	E
W	whistleblower	N	P
W	whistleblowers	N	P
W	white	nvA	P
W	whitehall	N	L
W	whitehead	N	P
W	whites	Nv	P
W	whitman	N	P
W	whitney	N	P
W	whittled	V	-
W	who	N	G
W	whole	nAr	-
W	wholesale	Nvar	E
W	wholesaler	Na	P
W	wholesalers	N	P
W	wholesales	Nv	E
W	wholesaling	V	-
W	wholly	R	-
W	whore	Nv	P
W	wi	N	L
W	wichita	N	P
W	wide	Ar	-
W	wide-body	N	V
W	wide-ranging	A	-
W	widely	R	-
W	widen	V	-
W	widened	V	-
W	widening	nV	-
W	widens	V	-
W	wider	A	-
W	widespread	A	-
W	widest	A	-
W	widow	Nv	P
W	wiesbaden	N	L
W	wiesel	N	P
W	wife	N	P
W	wild	nAr	-
W	wildcat	Na	A
W	wildfires	N	E
W	wildlife	N	G
W	wildly	R	-
W	wilkinson	N	P
W	will	Nv	-
W	willard	N	P
W	willful	A	-
W	williams	N	P
W	willing	nvA	E
W	willingly	R	-
W	willis	N	P
W	wilmington	N	L
W	wilson	N	P
W	win	nV	E
W	winchester	N	L
W	wind	Nv	-
W	windbags	N	P
W	winding	nVa	E
W	window	N	F
W	window-dressing	V	-
W	windows	N	C
W	winds	Nv	-
W	windshield	N	A
W	windsor	N	L
W	windy	A	-
W	wine	Nv	-
W	winery	N	F
W	wines	nV	-
W	wing	Nv	-
W	wings	Nv	E
W	winner	N	P
W	winners	N	P
W	winning	nVa	E
W	winnipeg	N	L
W	winnowing	nV	E
W	wins	nV	E
W	winston-salem	N	L
W	winter	Nv	T
W	wintering	V	-
W	winters	Nv	T
W	wipe	nV	E
W	wiped	V	-
W	wiping	V	-
W	wire	Nv	A
W	wireless	Na	C
W	wires	Nv	A
W	wiring	nV	A
W	wis	N	L
W	wise	nA	-
W	wisely	R	-
W	wiser	A	-
W	wish	nV	-
W	wished	V	-
W	wishes	nV	-
W	wishful	A	-
W	wishing	nV	-
W	witching	Nva	E
W	withdraw	V	-
W	withdrawal	N	C
W	withdrawals	N	C
W	withdrawing	V	-
W	withdrawn	Va	-
W	withdraws	V	-
W	withdrew	V	-
W	wither	V	-
W	withheld	V	-
W	withhold	V	-
W	withholding	nV	E
W	within	R	-
W	withstand	V	-
W	withstood	V	-
W	witness	nV	P
W	witnessed	V	-
W	witnesses	nV	P
W	witnessing	V	-
W	wives	Nv	P
W	wold	N	L
W	wolf	Nv	-
W	wolff	N	P
W	wolverine	N	P
W	woman	N	P
W	women	N	P
W	won	nVa	-
W	wonder	nV	-
W	wondered	V	-
W	wonderful	A	-
W	wondering	Va	-
W	wooden	A	-
W	woods	N	G
W	woodward	N	P
W	wooing	nV	C
W	wool	N	A
W	woolworth	N	P
W	woolworths	N	P
W	word	Nv	C
W	worded	V	-
W	wording	nV	C
W	words	Nv	C
W	wore	V	-
W	work	nV	E
W	workable	A	-
W	worked	V	-
W	worker	N	P
W	workers	N	P
W	workforce	N	G
W	workforces	N	G
W	working	nVa	A
W	workings	N	A
W	workload	N	E
W	workplace	N	A
W	works	nV	F
W	workstation	N	A
W	workstations	N	A
W	workweek	N	T
W	world	Na	-
W	world-wide	A	-
W	worldwide	A	-
W	worms	Nv	-
W	worried	Va	-
W	worries	nV	-
W	worrisome	A	-
W	worry	nV	-
W	worrying	nVa	E
W	worse	nAr	-
W	worsen	V	-
W	worsened	Va	-
W	worsening	nVa	-
W	worst	nvAr	E
W	worth	nA	-
W	worthless	A	-
W	worthwhile	A	-
W	worthy	nA	P
W	wound	Nva	-
W	wounded	nvA	G
W	wounding	nVa	E
W	wounds	Nv	-
W	woven	Va	-
W	wrangles	nV	C
W	wrangling	nV	C
W	wrap	nV	A
W	wrapped	Va	-
W	wreak	V	-
W	wreck	nV	-
W	wreckage	N	A
W	wrecked	Va	-
W	wrecking	nV	E
W	wrest	V	-
W	wrested	V	-
W	wrestling	nV	E
W	wright	N	P
W	wrinkle	Nv	-
W	wrinkles	Nv	-
W	write	V	-
W	writer	N	P
W	writers	N	P
W	writes	V	-
W	writing	nV	E
W	written	Va	-
W	wrong	nvAr	-
W	wrongful	A	-
W	wrongly	R	-
W	wrote	V	-
W	wrought	Va	-
W	wtc	N	F
W	wu	N	C
W	wurlitzer	N	P
W	wy	N	L
W	wyatt	N	P
W	wyoming	N	L
W	x	Na	-
W	x-ray	Nv	-
W	xavier	N	P
W	xerox	Nv	A
W	xl	Na	-
W	xt	N	E
W	yahoo	N	P
W	yale	N	F
W	yamamoto	N	P
W	yamani	N	P
W	yankee	Na	P
W	yankees	N	P
W	yaounde	N	L
W	yardstick	N	C
W	yarn	Nv	C
W	yarns	Nv	C
W	yawning	nVa	E
W	year	N	T
W	year-end	Na	T
W	yearly	nAr	C
W	years	N	T
W	yelling	nV	C
W	yellow	nvA	-
W	yellowknife	N	L
W	yemen	N	L
W	yen	Nv	-
W	yes	N	C
W	yesterday	Nr	T
W	yet	R	-
W	yield	nV	E
W	yielded	V	-
W	yielding	nVa	C
W	yields	nV	E
W	yokohama	N	L
W	york	N	G
W	yorkshire	N	L
W	young	nA	-
W	younger	A	-
W	youngest	A	-
W	youngstown	N	L
W	youth	N	P
W	youths	N	P
W	yr	N	T
W	yugoslav	Na	P
W	yugoslavia	N	L
W	yugoslavian	Na	P
W	yugoslavs	N	P
W	yunnan	N	L
W	yuppie	N	P
W	z	N	E
W	zagreb	N	L
W	zairean	Na	P
W	zambia	N	L
W	zambian	Na	P
W	zantac	N	A
W	zapata	N	P
W	zealand	N	L
W	zealander	N	P
W	zenith	N	L
W	zero	Nva	-
W	zestril	N	A
W	zhou	N	G
W	zimbabwe	N	L
W	zimbabwean	Na	P
W	zimmer	N	F
W	zinc	Nv	-
W	zionism	N	C
W	zip	nV	-
W	zipping	V	-
W	zone	Nv	L
W	zones	Nv	L
W	zurich	N	L
T	abolish	abolish	550	Government.Legislate.Unspecified=2
T	abolished	abolish	550	Government.Legislate.Unspecified=2
T	abolishes	abolish	550	Government.Legislate.Unspecified=2
T	abolishing	abolish	550	Government.Legislate.Unspecified=2
T	accord	accord	550	Contact.Agreement.Unspecified=3
T	accordance	accordance	400	Contact.Agreement.Unspecified=2
T	accorded	accord	550	Contact.Agreement.Unspecified=3
T	according	accord	127	Contact.Agreement.Unspecified=3
T	accords	accord	550	Contact.Agreement.Unspecified=3
T	account	account	200	Contact.Contact.Broadcast=6
T	accounted	account	267	Contact.Contact.Broadcast=6
T	accounting	account	267	Contact.Contact.Broadcast=6
T	accounts	account	267	Contact.Contact.Broadcast=6
T	accuse	accuse	220	Justice.ChargeIndict.Unspecified=2
T	accused	accuse	132	Justice.ChargeIndict.Unspecified=2
T	accuses	accuse	165	Justice.ChargeIndict.Unspecified=2
T	accusing	accuse	220	Justice.ChargeIndict.Unspecified=2
T	acme	acme	400	Contact.Contact.Meet=1
T	acquire	acquire	550	Transaction.ExchangeBuySell.Unspecified=10
T	acquired	acquire	550	Transaction.ExchangeBuySell.Unspecified=10
T	acquirees	acquire	550	Transaction.ExchangeBuySell.Unspecified=10
T	acquirer	acquirer	400	Transaction.ExchangeBuySell.Unspecified=2
T	acquirers	acquirer	400	Transaction.ExchangeBuySell.Unspecified=2
T	acquires	acquire	550	Transaction.ExchangeBuySell.Unspecified=10
T	acquiring	acquire	550	Transaction.ExchangeBuySell.Unspecified=10
T	acquisition	acquisition	400	Transaction.ExchangeBuySell.Unspecified=2
T	acquisitions	acquisition	400	Transaction.ExchangeBuySell.Unspecified=2
T	adam	adam	400	Conflict.Attack.DetonateExplode=1
T	adams	adam	400	Conflict.Attack.DetonateExplode=1
T	address	address	275	Contact.Contact.Broadcast=1
T	addressed	address	367	Contact.Contact.Broadcast=1
T	addresses	address	367	Contact.Contact.Broadcast=1
T	addressing	address	367	Contact.Contact.Broadcast=1
T	adopt	adopt	400	Transaction.ExchangeBuySell.Unspecified=3
T	adopted	adopt	400	Transaction.ExchangeBuySell.Unspecified=3
T	adopting	adopt	400	Transaction.ExchangeBuySell.Unspecified=3
T	adopts	adopt	400	Transaction.ExchangeBuySell.Unspecified=3
T	advise	advise	367	Contact.RequestCommand.Unspecified=7
T	advised	advise	367	Contact.RequestCommand.Unspecified=7
T	advisement	advisement	400	Contact.RequestCommand.Unspecified=1
T	adviser	adviser	267	Contact.RequestCommand.Unspecified=1
T	advisers	adviser	200	Contact.RequestCommand.Unspecified=1
T	advises	advise	367	Contact.RequestCommand.Unspecified=7
T	advising	advise	275	Contact.RequestCommand.Unspecified=7
T	advisor	advisor	400	Contact.RequestCommand.Unspecified=1
T	advisories	advisory	400	Contact.RequestCommand.Unspecified=1
T	advisors	advisor	400	Contact.RequestCommand.Unspecified=1
T	advisory	advisory	400	Contact.RequestCommand.Unspecified=1
T	advocate	advocate	550	Contact.RequestCommand.Unspecified=2
T	advocated	advocate	550	Contact.RequestCommand.Unspecified=2
T	advocates	advocate	550	Contact.RequestCommand.Unspecified=2
T	advocating	advocate	550	Contact.RequestCommand.Unspecified=2
T	affect	affect	267	Conflict.Attack.DetonateExplode=1;Conflict.Attack.Unspecified=1;Life.Injure.Unspecified=1
T	affected	affect	267	Conflict.Attack.DetonateExplode=1;Conflict.Attack.Unspecified=1;Life.Injure.Unspecified=1
T	affecting	affect	200	Conflict.Attack.DetonateExplode=1;Conflict.Attack.Unspecified=1;Life.Injure.Unspecified=1
T	affects	affect	267	Conflict.Attack.DetonateExplode=1;Conflict.Attack.Unspecified=1;Life.Injure.Unspecified=1
T	affirm	affirm	400	Contact.Contact.Broadcast=1
T	affirmed	affirm	400	Contact.Contact.Broadcast=1
T	agree	agree	200	Contact.Agreement.Unspecified=3
T	agreed	agree	267	Contact.Agreement.Unspecified=3
T	agreeed	agree	267	Contact.Agreement.Unspecified=3
T	agreeing	agree	267	Contact.Agreement.Unspecified=3
T	agreement	agreement	550	Contact.Agreement.Unspecified=8
T	agreements	agreement	550	Contact.Agreement.Unspecified=8
T	agrees	agree	267	Contact.Agreement.Unspecified=3
T	aim	aim	150	Movement.Transportation.Unspecified=1
T	aimed	aim	150	Movement.Transportation.Unspecified=1
T	aiming	aim	200	Movement.Transportation.Unspecified=1
T	aims	aim	200	Movement.Transportation.Unspecified=1
T	air	air	92	Contact.Contact.Broadcast=2
T	aired	air	400	Contact.Contact.Broadcast=2
T	aires	air	400	Contact.Contact.Broadcast=2
T	airing	air	400	Contact.Contact.Broadcast=2
T	airs	air	400	Contact.Contact.Broadcast=2
T	airstrike	airstrike	550	Conflict.Attack.Unspecified=5
T	airstrikes	airstrikes	275	Conflict.Attack.Unspecified=4
T	allege	allege	150	Contact.Contact.Unspecified=6;Contact.Contact.Broadcast=1;Contact.Contact.Meet=1
T	alleged	allege	75	Contact.Contact.Unspecified=6;Contact.Contact.Broadcast=1;Contact.Contact.Meet=1
T	alleges	allege	200	Contact.Contact.Unspecified=6;Contact.Contact.Broadcast=1;Contact.Contact.Meet=1
T	alleging	allege	150	Contact.Contact.Unspecified=6;Contact.Contact.Broadcast=1;Contact.Contact.Meet=1
T	allot	allot	400	Contact.Agreement.Unspecified=1
T	alloted	allot	400	Contact.Agreement.Unspecified=1
T	allotted	allot	400	Contact.Agreement.Unspecified=1
T	allow	allow	100	Transaction.ExchangeBuySell.Unspecified=2;Transaction.Donation.Unspecified=1
T	allowed	allow	80	Transaction.ExchangeBuySell.Unspecified=2;Transaction.Donation.Unspecified=1
T	allowing	allow	133	Transaction.ExchangeBuySell.Unspecified=2;Transaction.Donation.Unspecified=1
T	allows	allow	100	Transaction.ExchangeBuySell.Unspecified=2;Transaction.Donation.Unspecified=1
T	ambush	ambush	275	Conflict.Attack.Unspecified=3
T	anatomy	anatomy	400	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	anguish	anguish	120	Life.Injure.Unspecified=1
T	annihilated	annihilate	550	Conflict.Attack.Unspecified=4
T	annihilating	annihilate	550	Conflict.Attack.Unspecified=4
T	announce	announce	138	Contact.Contact.Broadcast=3;Contact.Contact.Unspecified=3
T	announced	announce	92	Contact.Contact.Broadcast=3;Contact.Contact.Unspecified=3
T	announcement	announcement	400	Contact.Contact.Broadcast=1;Contact.Contact.Unspecified=1
T	announcements	announcement	400	Contact.Contact.Broadcast=1;Contact.Contact.Unspecified=1
T	announces	announce	183	Contact.Contact.Broadcast=3;Contact.Contact.Unspecified=3
T	announcing	announce	183	Contact.Contact.Broadcast=3;Contact.Contact.Unspecified=3
T	answer	answer	150	Contact.Contact.Meet=2
T	answered	answer	150	Contact.Contact.Meet=2
T	answering	answer	200	Contact.Contact.Meet=2
T	answers	answer	200	Contact.Contact.Meet=2
T	anticipate	anticipate	400	Conflict.Attack.Unspecified=1
T	anticipated	anticipate	400	Conflict.Attack.Unspecified=1
T	anticipates	anticipate	400	Conflict.Attack.Unspecified=1
T	anticipating	anticipate	400	Conflict.Attack.Unspecified=1
T	applied	apply	400	Conflict.Attack.DetonateExplode=1
T	applies	apply	400	Conflict.Attack.DetonateExplode=1
T	apply	apply	400	Conflict.Attack.DetonateExplode=1
T	applying	apply	400	Conflict.Attack.DetonateExplode=1
T	appoint	appoint	550	Personnel.StartPosition.Unspecified=10
T	appointed	appoint	550	Personnel.StartPosition.Unspecified=10
T	appointee	appointee	400	Personnel.StartPosition.Unspecified=2
T	appointees	appointee	400	Personnel.StartPosition.Unspecified=2
T	appointing	appoint	550	Personnel.StartPosition.Unspecified=10
T	appreciation	appreciation	400	Contact.Contact.Unspecified=1
T	appreciations	appreciation	400	Contact.Contact.Unspecified=1
T	apprehend	apprehend	400	Justice.ArrestJailDetain.Unspecified=6;Movement.Transportation.Unspecified=1
T	apprehended	apprehend	400	Justice.ArrestJailDetain.Unspecified=6;Movement.Transportation.Unspecified=1
T	apprehension	apprehension	400	Justice.ArrestJailDetain.Unspecified=6;Movement.Transportation.Unspecified=1
T	apprised	apprise	400	Contact.RequestCommand.Unspecified=1
T	approach	approach	512	Movement.Transportation.Unspecified=3
T	approached	approach	262	Movement.Transportation.Unspecified=3
T	approaches	approach	350	Movement.Transportation.Unspecified=3
T	approaching	approach	350	Movement.Transportation.Unspecified=3
T	appropriate	appropriate	400	Transaction.ExchangeBuySell.Unspecified=1
T	appropriated	appropriate	400	Transaction.ExchangeBuySell.Unspecified=1
T	appropriating	appropriate	400	Transaction.ExchangeBuySell.Unspecified=1
T	approve	approve	400	Control.ImpedeInterfereWith.Unspecified=2
T	approved	approve	400	Control.ImpedeInterfereWith.Unspecified=2
T	approves	approve	400	Control.ImpedeInterfereWith.Unspecified=2
T	approving	approve	400	Control.ImpedeInterfereWith.Unspecified=2
T	argument	argument	400	Contact.Contact.Unspecified=2;Contact.Contact.Meet=1
T	arguments	argument	400	Contact.Contact.Unspecified=2;Contact.Contact.Meet=1
T	arrest	arrest	702	Justice.ArrestJailDetain.Unspecified=26;Movement.Transportation.Unspecified=2
T	arrested	arrest	887	Justice.ArrestJailDetain.Unspecified=26;Movement.Transportation.Unspecified=2
T	arresting	arrest	736	Justice.ArrestJailDetain.Unspecified=26;Movement.Transportation.Unspecified=2
T	arrests	arrest	642	Justice.ArrestJailDetain.Unspecified=26;Movement.Transportation.Unspecified=2
T	arrival	arrival	400	Movement.Transportation.Unspecified=1
T	arrivals	arrival	400	Movement.Transportation.Unspecified=1
T	arrive	arrive	400	Movement.Transportation.Unspecified=6
T	arrived	arrive	533	Movement.Transportation.Unspecified=6
T	arrives	arrive	400	Movement.Transportation.Unspecified=6
T	arriving	arrive	300	Movement.Transportation.Unspecified=6
T	arson	arson	550	Conflict.Attack.Unspecified=1
T	ask	ask	629	Contact.Contact.Meet=6;Contact.RequestCommand.Meet=3;Contact.RequestCommand.Unspecified=3
T	asked	ask	698	Contact.Contact.Meet=6;Contact.RequestCommand.Meet=3;Contact.RequestCommand.Unspecified=3
T	asking	ask	721	Contact.Contact.Meet=6;Contact.RequestCommand.Meet=3;Contact.RequestCommand.Unspecified=3
T	asks	ask	629	Contact.Contact.Meet=6;Contact.RequestCommand.Meet=3;Contact.RequestCommand.Unspecified=3
T	assail	assail	550	Conflict.Attack.Unspecified=2
T	assailed	assail	550	Conflict.Attack.Unspecified=2
T	assassinate	assassinate	200	Conflict.Attack.Unspecified=2
T	assassination	assassination	410	Conflict.Attack.Unspecified=9
T	assassinations	assassination	691	Conflict.Attack.Unspecified=9
T	assault	assault	550	Conflict.Attack.Unspecified=9;Life.Injure.Unspecified=3
T	assaulted	assault	550	Conflict.Attack.Unspecified=9;Life.Injure.Unspecified=3
T	assaults	assault	550	Conflict.Attack.Unspecified=9;Life.Injure.Unspecified=3
T	assemble	assemble	550	ArtifactExistence.ManufactureAssemble.Unspecified=2
T	assembled	assemble	550	ArtifactExistence.ManufactureAssemble.Unspecified=2
T	assembles	assemble	550	ArtifactExistence.ManufactureAssemble.Unspecified=2
T	assembling	assemble	550	ArtifactExistence.ManufactureAssemble.Unspecified=2
T	associate	associate	200	GenericCrime.GenericCrime.GenericCrime=1
T	associated	associate	267	GenericCrime.GenericCrime.GenericCrime=1
T	associates	associate	267	GenericCrime.GenericCrime.GenericCrime=1
T	associating	associate	267	GenericCrime.GenericCrime.GenericCrime=1
T	association	association	307	GenericCrime.GenericCrime.GenericCrime=3
T	associations	association	280	GenericCrime.GenericCrime.GenericCrime=3
T	assume	assume	400	Transaction.ExchangeBuySell.Unspecified=2
T	assumed	assume	400	Transaction.ExchangeBuySell.Unspecified=2
T	assumes	assume	400	Transaction.ExchangeBuySell.Unspecified=2
T	assuming	assume	400	Transaction.ExchangeBuySell.Unspecified=2
T	assure	assure	267	Contact.Contact.Unspecified=1
T	assured	assure	200	Contact.Contact.Unspecified=1
T	assures	assure	267	Contact.Contact.Unspecified=1
T	assuring	assure	267	Contact.Contact.Unspecified=1
T	asylum	asylum	165	Movement.Transportation.Unspecified=3
T	asylums	asylum	275	Movement.Transportation.Unspecified=3
T	attach	attach	400	Transaction.ExchangeBuySell.Unspecified=1
T	attached	attach	400	Transaction.ExchangeBuySell.Unspecified=1
T	attaches	attach	400	Transaction.ExchangeBuySell.Unspecified=1
T	attaching	attach	400	Transaction.ExchangeBuySell.Unspecified=1
T	attack	attack	369	Conflict.Attack.Unspecified=55;Conflict.Attack.DetonateExplode=33;Life.Injure.Unspecified=4
T	attacked	attack	662	Conflict.Attack.Unspecified=55;Conflict.Attack.DetonateExplode=33;Life.Injure.Unspecified=4
T	attacker	attacker	120	Conflict.Attack.Unspecified=13;Conflict.Attack.DetonateExplode=8;Life.Injure.Unspecified=1
T	attackers	attacker	96	Conflict.Attack.Unspecified=13;Conflict.Attack.DetonateExplode=8;Life.Injure.Unspecified=1
T	attacking	attack	549	Conflict.Attack.Unspecified=55;Conflict.Attack.DetonateExplode=33;Life.Injure.Unspecified=4
T	attacks	attack	876	Conflict.Attack.Unspecified=55;Conflict.Attack.DetonateExplode=33;Life.Injure.Unspecified=4
T	attain	attain	400	Movement.Transportation.Unspecified=1
T	attained	attain	400	Movement.Transportation.Unspecified=1
T	attaining	attain	400	Movement.Transportation.Unspecified=1
T	attests	attest	400	Justice.ChargeIndict.Unspecified=1;Justice.TrialHearing.Unspecified=1
T	auction	auction	550	Transaction.ExchangeBuySell.Unspecified=11
T	auctioned	auction	550	Transaction.ExchangeBuySell.Unspecified=11
T	auctioning	auction	550	Transaction.ExchangeBuySell.Unspecified=11
T	auctions	auction	550	Transaction.ExchangeBuySell.Unspecified=11
T	audience	audience	400	Contact.Contact.Meet=1;Contact.Contact.Unspecified=1
T	audiences	audience	400	Contact.Contact.Meet=1;Contact.Contact.Unspecified=1
T	aver	aver	400	Contact.Contact.Unspecified=6;Contact.Contact.Broadcast=1;Contact.Contact.Meet=1
T	award	award	400	Transaction.Donation.Unspecified=1;Transaction.ExchangeBuySell.Unspecified=1
T	awarded	award	400	Transaction.Donation.Unspecified=1;Transaction.ExchangeBuySell.Unspecified=1
T	awarding	award	400	Transaction.Donation.Unspecified=1;Transaction.ExchangeBuySell.Unspecified=1
T	awards	award	400	Transaction.Donation.Unspecified=1;Transaction.ExchangeBuySell.Unspecified=1
T	backing	backing	400	Transaction.Donation.Unspecified=1;Transaction.ExchangeBuySell.Unspecified=1
T	backlog	backlog	400	Transaction.ExchangeBuySell.Unspecified=1
T	backlogs	backlog	400	Transaction.ExchangeBuySell.Unspecified=1
T	bacteria	bacteria	573	Disaster.DiseaseOutbreak.Unspecified=6
T	bacterium	bacterium	400	Disaster.DiseaseOutbreak.Unspecified=1
T	ballot	ballot	400	Government.Vote.Unspecified=3;Cognitive.Inspection.SensoryObserve=2;Government.Legislate.Unspecified=2
T	balloted	ballot	400	Government.Vote.Unspecified=3;Cognitive.Inspection.SensoryObserve=2;Government.Legislate.Unspecified=2
T	balloting	ballot	400	Government.Vote.Unspecified=3;Cognitive.Inspection.SensoryObserve=2;Government.Legislate.Unspecified=2
T	ballots	ballot	400	Government.Vote.Unspecified=3;Cognitive.Inspection.SensoryObserve=2;Government.Legislate.Unspecified=2
T	ban	ban	283	Contact.RequestCommand.Unspecified=3
T	bang	bang	267	Conflict.Attack.DetonateExplode=2
T	bangs	bang	200	Conflict.Attack.DetonateExplode=2
T	bani	ban	233	Contact.RequestCommand.Unspecified=3
T	banned	ban	175	Contact.RequestCommand.Unspecified=3
T	banning	ban	233	Contact.RequestCommand.Unspecified=3
T	bans	ban	233	Contact.RequestCommand.Unspecified=3
T	bargain	bargain	400	Contact.Agreement.Unspecified=1;Transaction.ExchangeBuySell.Unspecified=1
T	bargained	bargain	400	Contact.Agreement.Unspecified=1;Transaction.ExchangeBuySell.Unspecified=1
T	bargaining	bargain	400	Contact.Agreement.Unspecified=1;Transaction.ExchangeBuySell.Unspecified=1
T	bargains	bargain	400	Contact.Agreement.Unspecified=1;Transaction.ExchangeBuySell.Unspecified=1
T	barrage	barrage	400	Conflict.Attack.Unspecified=1
T	barrages	barrage	400	Conflict.Attack.Unspecified=1
T	batter	batter	550	ArtifactExistence.DamageDestroyDisableDismantle.Damage=1
T	battered	batter	550	ArtifactExistence.DamageDestroyDisableDismantle.Damage=1
T	batteries	battery	80	Conflict.Attack.Unspecified=1
T	battering	batter	550	ArtifactExistence.DamageDestroyDisableDismantle.Damage=1
T	battery	battery	160	Conflict.Attack.Unspecified=1
T	battle	battle	377	Conflict.Attack.Unspecified=10
T	battled	battle	420	Conflict.Attack.Unspecified=10
T	battles	battle	420	Conflict.Attack.Unspecified=10
T	battling	battle	420	Conflict.Attack.Unspecified=10
T	beam	beam	400	Contact.Contact.Broadcast=2
T	beamed	beam	400	Contact.Contact.Broadcast=2
T	bearing	bearing	400	Movement.Transportation.Unspecified=1
T	bearings	bearing	400	Movement.Transportation.Unspecified=1
T	beat	beat	467	Life.Injure.Unspecified=3
T	beaten	beat	467	Life.Injure.Unspecified=3
T	beating	beat	600	Life.Injure.Unspecified=3
T	beats	beat	467	Life.Injure.Unspecified=3
T	beg	beg	467	Contact.RequestCommand.Unspecified=3
T	begging	beg	600	Contact.RequestCommand.Unspecified=3
T	betray	betray	400	Contact.Prevarication.Unspecified=4
T	betrayed	betray	400	Contact.Prevarication.Unspecified=4
T	betraying	betray	400	Contact.Prevarication.Unspecified=4
T	bind	bind	400	Contact.ThreatenCoerce.Unspecified=1
T	binding	bind	400	Contact.ThreatenCoerce.Unspecified=1
T	blackmail	blackmail	550	Contact.ThreatenCoerce.Unspecified=8
T	blackmailed	blackmail	550	Contact.ThreatenCoerce.Unspecified=8
T	blackmailing	blackmail	550	Contact.ThreatenCoerce.Unspecified=8
T	blame	blame	150	Contact.Contact.Unspecified=3
T	blamed	blame	100	Contact.Contact.Unspecified=3
T	blames	blame	400	Contact.Contact.Unspecified=3
T	blaming	blame	200	Contact.Contact.Unspecified=3
T	blared	blare	400	Conflict.Attack.DetonateExplode=2
T	blaring	blare	400	Conflict.Attack.DetonateExplode=2
T	blast	blast	476	Conflict.Attack.DetonateExplode=11
T	blasted	blast	443	Conflict.Attack.DetonateExplode=11
T	blasts	blast	332	Conflict.Attack.DetonateExplode=11
T	blaze	blaze	550	Disaster.Crash.Unspecified=1
T	blazing	blaze	550	Disaster.Crash.Unspecified=1
T	blew	blow	760	Conflict.Attack.DetonateExplode=6;Life.Die.Unspecified=3
T	block	block	200	Movement.Transportation.Unspecified=1
T	blockade	blockade	400	Movement.Transportation.Unspecified=1
T	blockaded	blockade	400	Movement.Transportation.Unspecified=1
T	blockading	blockade	400	Movement.Transportation.Unspecified=1
T	blockage	blockage	400	Movement.Transportation.Unspecified=1
T	blocked	block	267	Movement.Transportation.Unspecified=1
T	blocking	block	267	Movement.Transportation.Unspecified=1
T	blocks	block	267	Movement.Transportation.Unspecified=1
T	blow	blow	680	Conflict.Attack.DetonateExplode=6;Life.Die.Unspecified=3
T	blowing	blow	680	Conflict.Attack.DetonateExplode=6;Life.Die.Unspecified=3
T	blown	blow	808	Conflict.Attack.DetonateExplode=6;Life.Die.Unspecified=3
T	blows	blow	680	Conflict.Attack.DetonateExplode=6;Life.Die.Unspecified=3
T	bomb	bomb	148	Conflict.Attack.DetonateExplode=40;Conflict.Attack.Unspecified=3;Life.Die.Unspecified=3
T	bombarded	bombard	550	Conflict.Attack.Unspecified=4
T	bombarding	bombard	550	Conflict.Attack.Unspecified=4
T	bombardment	bombardment	400	Conflict.Attack.DetonateExplode=13;Conflict.Attack.Unspecified=3
T	bombed	bomb	408	Conflict.Attack.DetonateExplode=40;Conflict.Attack.Unspecified=3;Life.Die.Unspecified=3
T	bomber	bomber	53	Conflict.Attack.DetonateExplode=10;Conflict.Attack.Unspecified=1;Life.Die.Unspecified=1
T	bombers	bomber	80	Conflict.Attack.DetonateExplode=10;Conflict.Attack.Unspecified=1;Life.Die.Unspecified=1
T	bombing	bombing	570	Conflict.Attack.DetonateExplode=52;Conflict.Attack.Unspecified=1
T	bombings	bombing	805	Conflict.Attack.DetonateExplode=52;Conflict.Attack.Unspecified=1
T	bombs	bomb	87	Conflict.Attack.DetonateExplode=40;Conflict.Attack.Unspecified=3;Life.Die.Unspecified=3
T	boom	boom	200	Conflict.Attack.DetonateExplode=2
T	booming	boom	267	Conflict.Attack.DetonateExplode=2
T	borrow	borrow	367	Transaction.ExchangeBuySell.Unspecified=6
T	borrowed	borrow	367	Transaction.ExchangeBuySell.Unspecified=6
T	borrower	borrower	400	Transaction.ExchangeBuySell.Unspecified=1
T	borrowers	borrower	400	Transaction.ExchangeBuySell.Unspecified=1
T	borrowing	borrow	275	Transaction.ExchangeBuySell.Unspecified=6
T	borrows	borrow	367	Transaction.ExchangeBuySell.Unspecified=6
T	bought	buy	367	Transaction.ExchangeBuySell.Unspecified=6
T	bound	bind	400	Contact.ThreatenCoerce.Unspecified=1
T	boycott	boycott	206	Control.ImpedeInterfereWith.Unspecified=12;Transaction.ExchangeBuySell.Unspecified=1
T	boycotted	boycott	275	Control.ImpedeInterfereWith.Unspecified=12;Transaction.ExchangeBuySell.Unspecified=1
T	boycotting	boycott	206	Control.ImpedeInterfereWith.Unspecified=12;Transaction.ExchangeBuySell.Unspecified=1
T	boycotts	boycott	275	Control.ImpedeInterfereWith.Unspecified=12;Transaction.ExchangeBuySell.Unspecified=1
T	break	break	267	ArtifactExistence.DamageDestroyDisableDismantle.Destroy=1
T	breaking	break	267	ArtifactExistence.DamageDestroyDisableDismantle.Destroy=1
T	breaks	break	267	ArtifactExistence.DamageDestroyDisableDismantle.Destroy=1
T	breast	breast	400	Contact.Contact.Meet=1
T	bribe	bribe	400	Transaction.ExchangeBuySell.Unspecified=1
T	bribed	bribe	400	Transaction.ExchangeBuySell.Unspecified=1
T	bribes	bribe	400	Transaction.ExchangeBuySell.Unspecified=1
T	bribing	bribe	400	Transaction.ExchangeBuySell.Unspecified=1
T	bring	bring	340	Conflict.Attack.Unspecified=3
T	bringing	bring	175	Conflict.Attack.Unspecified=3
T	brings	bring	233	Conflict.Attack.Unspecified=3
T	broadcast	broadcast	550	Contact.Contact.Broadcast=8
T	broadcaster	broadcaster	400	Contact.Contact.Broadcast=2
T	broadcasters	broadcaster	400	Contact.Contact.Broadcast=2
T	broadcasting	broadcast	550	Contact.Contact.Broadcast=8
T	broadcasts	broadcast	550	Contact.Contact.Broadcast=8
T	broke	break	200	ArtifactExistence.DamageDestroyDisableDismantle.Destroy=1
T	broken	break	267	ArtifactExistence.DamageDestroyDisableDismantle.Destroy=1
T	brought	bring	175	Conflict.Attack.Unspecified=3
T	brush	brush	400	Conflict.Attack.Unspecified=1
T	brushes	brush	400	Conflict.Attack.Unspecified=1
T	brushing	brush	400	Conflict.Attack.Unspecified=1
T	build	build	103	ArtifactExistence.ManufactureAssemble.Unspecified=4
T	builders	builder	400	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	building	build	59	ArtifactExistence.ManufactureAssemble.Unspecified=4
T	buildings	building	118	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	builds	build	138	ArtifactExistence.ManufactureAssemble.Unspecified=4
T	built	build	103	ArtifactExistence.ManufactureAssemble.Unspecified=4
T	burst	burst	400	Conflict.Attack.DetonateExplode=18;Disaster.Crash.Unspecified=2
T	bursting	burst	400	Conflict.Attack.DetonateExplode=18;Disaster.Crash.Unspecified=2
T	bust	bust	400	ArtifactExistence.DamageDestroyDisableDismantle.Damage=1;ArtifactExistence.DamageDestroyDisableDismantle.Unspecified=1;Conflict.Attack.Unspecified=1
T	busted	bust	400	ArtifactExistence.DamageDestroyDisableDismantle.Damage=1;ArtifactExistence.DamageDestroyDisableDismantle.Unspecified=1;Conflict.Attack.Unspecified=1
T	buster	bust	400	ArtifactExistence.DamageDestroyDisableDismantle.Damage=1;ArtifactExistence.DamageDestroyDisableDismantle.Unspecified=1;Conflict.Attack.Unspecified=1
T	busting	bust	400	ArtifactExistence.DamageDestroyDisableDismantle.Damage=1;ArtifactExistence.DamageDestroyDisableDismantle.Unspecified=1;Conflict.Attack.Unspecified=1
T	butcher	butcher	400	Life.Die.Unspecified=2;Conflict.Attack.Unspecified=1
T	buy	buy	275	Transaction.ExchangeBuySell.Unspecified=6
T	buyer	buyer	400	Transaction.ExchangeBuySell.Unspecified=1
T	buyers	buyer	400	Transaction.ExchangeBuySell.Unspecified=1
T	buying	buy	367	Transaction.ExchangeBuySell.Unspecified=6
T	buys	buy	367	Transaction.ExchangeBuySell.Unspecified=6
T	call	call	510	Contact.Contact.Unspecified=12;Contact.RequestCommand.Unspecified=9
T	called	call	379	Contact.Contact.Unspecified=12;Contact.RequestCommand.Unspecified=9
T	calling	call	211	Contact.Contact.Unspecified=12;Contact.RequestCommand.Unspecified=9
T	calls	call	264	Contact.Contact.Unspecified=12;Contact.RequestCommand.Unspecified=9
T	came	come	154	Movement.Transportation.Unspecified=3
T	can	can	80	Personnel.EndPosition.Unspecified=1
T	canned	can	400	Personnel.EndPosition.Unspecified=1
T	canning	can	400	Personnel.EndPosition.Unspecified=1
T	cans	can	400	Personnel.EndPosition.Unspecified=1
T	capita	caput	200	Movement.Transportation.Unspecified=1
T	capitulate	capitulate	550	Conflict.Yield.Unspecified=2
T	capture	capture	165	Movement.Transportation.Unspecified=7;Justice.ArrestJailDetain.Unspecified=1
T	captured	capture	165	Movement.Transportation.Unspecified=7;Justice.ArrestJailDetain.Unspecified=1
T	capturing	capture	165	Movement.Transportation.Unspecified=7;Justice.ArrestJailDetain.Unspecified=1
T	cargo	cargo	400	Movement.Transportation.Unspecified=1
T	cargoes	cargo	400	Movement.Transportation.Unspecified=1
T	cargos	cargo	400	Movement.Transportation.Unspecified=1
T	carried	carry	164	Movement.Transportation.Unspecified=6;Conflict.Attack.DetonateExplode=3
T	carrier	carrier	400	Conflict.Attack.DetonateExplode=1;Movement.Transportation.Unspecified=1
T	carriers	carrier	400	Conflict.Attack.DetonateExplode=1;Movement.Transportation.Unspecified=1
T	carries	carry	159	Movement.Transportation.Unspecified=6;Conflict.Attack.DetonateExplode=3
T	carry	carry	330	Movement.Transportation.Unspecified=6;Conflict.Attack.DetonateExplode=3
T	carrying	carry	159	Movement.Transportation.Unspecified=6;Conflict.Attack.DetonateExplode=3
T	cast	cast	400	Movement.Transportation.Unspecified=1
T	casting	cast	400	Movement.Transportation.Unspecified=1
T	catch	catch	69	Justice.ArrestJailDetain.Unspecified=7;Movement.Transportation.Unspecified=2
T	catches	catch	114	Justice.ArrestJailDetain.Unspecified=7;Movement.Transportation.Unspecified=2
T	catching	catch	114	Justice.ArrestJailDetain.Unspecified=7;Movement.Transportation.Unspecified=2
T	cater	cater	400	Transaction.Donation.Unspecified=1;Transaction.ExchangeBuySell.Unspecified=1
T	catering	cater	400	Transaction.Donation.Unspecified=1;Transaction.ExchangeBuySell.Unspecified=1
T	caught	catch	57	Justice.ArrestJailDetain.Unspecified=7;Movement.Transportation.Unspecified=2
T	ceasefire	ceasefire	110	Contact.Agreement.Unspecified=3
T	cede	cede	400	Conflict.Yield.Unspecified=1
T	ceding	cede	400	Conflict.Yield.Unspecified=1
T	censored	censor	400	Contact.RequestCommand.Unspecified=1
T	charge	charge	219	Justice.ChargeIndict.Unspecified=17
T	charged	charge	585	Justice.ChargeIndict.Unspecified=17
T	charger	charger	400	Justice.ChargeIndict.Unspecified=4
T	charges	charge	262	Justice.ChargeIndict.Unspecified=17
T	charging	charge	273	Justice.ChargeIndict.Unspecified=17
T	charming	charm	400	Justice.ArrestJailDetain.Unspecified=1;Movement.Transportation.Unspecified=1
T	chassis	chassis	400	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	check	check	80	Justice.ArrestJailDetain.Unspecified=12;Movement.Transportation.Unspecified=2;Control.ImpedeInterfereWith.Unspecified=1
T	checked	check	100	Justice.ArrestJailDetain.Unspecified=12;Movement.Transportation.Unspecified=2;Control.ImpedeInterfereWith.Unspecified=1
T	checking	check	133	Justice.ArrestJailDetain.Unspecified=12;Movement.Transportation.Unspecified=2;Control.ImpedeInterfereWith.Unspecified=1
T	checks	check	100	Justice.ArrestJailDetain.Unspecified=12;Movement.Transportation.Unspecified=2;Control.ImpedeInterfereWith.Unspecified=1
T	chikungunya	chikungunya	169	Disaster.DiseaseOutbreak.Unspecified=3
T	choke	choke	400	Life.Die.Unspecified=7;Conflict.Attack.DetonateExplode=1
T	choked	choke	400	Life.Die.Unspecified=7;Conflict.Attack.DetonateExplode=1
T	chokes	choke	400	Life.Die.Unspecified=7;Conflict.Attack.DetonateExplode=1
T	choking	choke	400	Life.Die.Unspecified=7;Conflict.Attack.DetonateExplode=1
T	chosen	chosen	400	Personnel.Elect.Unspecified=1
T	claim	claim	86	Contact.Contact.Broadcast=3;Life.Die.Unspecified=3
T	claimant	claimant	400	Contact.Contact.Broadcast=1;Life.Die.Unspecified=1
T	claimants	claimant	400	Contact.Contact.Broadcast=1;Life.Die.Unspecified=1
T	claimed	claim	279	Contact.Contact.Broadcast=3;Life.Die.Unspecified=3
T	claiming	claim	129	Contact.Contact.Broadcast=3;Life.Die.Unspecified=3
T	claims	claim	103	Contact.Contact.Broadcast=3;Life.Die.Unspecified=3
T	clash	clash	644	Conflict.Demonstrate.DemonstrateWithViolence=3;Conflict.Attack.Unspecified=2
T	clashed	clash	525	Conflict.Demonstrate.DemonstrateWithViolence=3;Conflict.Attack.Unspecified=2
T	clashes	clash	394	Conflict.Demonstrate.DemonstrateWithViolence=3;Conflict.Attack.Unspecified=2
T	clashing	clash	525	Conflict.Demonstrate.DemonstrateWithViolence=3;Conflict.Attack.Unspecified=2
T	clear	clear	150	Justice.InvestigateCrime.Unspecified=1
T	cleared	clear	400	Justice.InvestigateCrime.Unspecified=1
T	clearer	clear	400	Justice.InvestigateCrime.Unspecified=1
T	clearest	clear	400	Justice.InvestigateCrime.Unspecified=1
T	clearing	clear	400	Justice.InvestigateCrime.Unspecified=1
T	clears	clear	400	Justice.InvestigateCrime.Unspecified=1
T	climb-down	climb-down	400	Movement.Transportation.Unspecified=1
T	clutch	clutch	400	Contact.Contact.Unspecified=1;Justice.ArrestJailDetain.Unspecified=1;Transaction.ExchangeBuySell.Unspecified=1
T	clutches	clutch	400	Contact.Contact.Unspecified=1;Justice.ArrestJailDetain.Unspecified=1;Transaction.ExchangeBuySell.Unspecified=1
T	coercing	coerce	400	Contact.ThreatenCoerce.Broadcast=1;Contact.ThreatenCoerce.Unspecified=1
T	coercion	coercion	600	Contact.ThreatenCoerce.Unspecified=3
T	collapse	collapse	460	ArtifactExistence.DamageDestroyDisableDismantle.Destroy=3
T	collapsed	collapse	168	ArtifactExistence.DamageDestroyDisableDismantle.Destroy=3
T	collapses	collapse	280	ArtifactExistence.DamageDestroyDisableDismantle.Destroy=3
T	collapsing	collapse	280	ArtifactExistence.DamageDestroyDisableDismantle.Destroy=3
T	collar	collar	400	Justice.ArrestJailDetain.Unspecified=12;Movement.Transportation.Unspecified=2
T	collars	collar	400	Justice.ArrestJailDetain.Unspecified=12;Movement.Transportation.Unspecified=2
T	collide	collide	700	Conflict.Attack.Unspecified=3;Disaster.Crash.Unspecified=1
T	collided	collide	700	Conflict.Attack.Unspecified=3;Disaster.Crash.Unspecified=1
T	collides	collide	700	Conflict.Attack.Unspecified=3;Disaster.Crash.Unspecified=1
T	colliding	collide	775	Conflict.Attack.Unspecified=3;Disaster.Crash.Unspecified=1
T	collision	collision	550	Disaster.Crash.Unspecified=2
T	colza	colza	400	Life.Injure.Unspecified=1
T	combat	combat	275	Conflict.Attack.Unspecified=2
T	combating	combat	367	Conflict.Attack.Unspecified=2
T	combatting	combat	367	Conflict.Attack.Unspecified=2
T	combs	comb	400	ArtifactExistence.DamageDestroyDisableDismantle.Destroy=1;ArtifactExistence.DamageDestroyDisableDismantle.Unspecified=1
T	come	come	76	Movement.Transportation.Unspecified=3
T	comed	come	127	Movement.Transportation.Unspecified=3
T	comer	comer	400	Movement.Transportation.Unspecified=1
T	comes	come	127	Movement.Transportation.Unspecified=3
T	coming	come	95	Movement.Transportation.Unspecified=3
T	commended	commend	400	Contact.RequestCommand.Unspecified=2
T	commission	commission	400	GenericCrime.GenericCrime.GenericCrime=1
T	commissioned	commission	400	GenericCrime.GenericCrime.GenericCrime=1
T	commissioning	commission	400	GenericCrime.GenericCrime.GenericCrime=1
T	commissions	commission	400	GenericCrime.GenericCrime.GenericCrime=1
T	commit	commit	606	GenericCrime.GenericCrime.GenericCrime=6
T	commited	commit	343	GenericCrime.GenericCrime.GenericCrime=6
T	commiting	commit	343	GenericCrime.GenericCrime.GenericCrime=6
T	commitment	commitment	400	GenericCrime.GenericCrime.GenericCrime=1
T	commitments	commitment	400	GenericCrime.GenericCrime.GenericCrime=1
T	commits	commit	343	GenericCrime.GenericCrime.GenericCrime=6
T	committed	commit	206	GenericCrime.GenericCrime.GenericCrime=6
T	committing	commit	257	GenericCrime.GenericCrime.GenericCrime=6
T	compass	compass	400	Movement.Transportation.Unspecified=1
T	compel	compel	400	Contact.ThreatenCoerce.Unspecified=1
T	compelled	compel	400	Contact.ThreatenCoerce.Unspecified=1
T	compelling	compel	400	Contact.ThreatenCoerce.Unspecified=1
T	complaint	complaint	200	Justice.ChargeIndict.Unspecified=4
T	complaints	complaint	267	Justice.ChargeIndict.Unspecified=4
T	compulsion	compulsion	400	Contact.ThreatenCoerce.Unspecified=1
T	con	con	400	Justice.Convict.Unspecified=2;Justice.Sentence.Unspecified=1
T	conceal	conceal	550	Movement.Transportation.Unspecified=1
T	concealed	conceal	550	Movement.Transportation.Unspecified=1
T	concealing	conceal	550	Movement.Transportation.Unspecified=1
T	concord	concord	400	Contact.Agreement.Unspecified=1
T	condemn	condemn	200	Justice.Sentence.Unspecified=1
T	condemnation	condemnation	400	Justice.Sentence.Unspecified=1
T	condemned	condemn	150	Justice.Sentence.Unspecified=1
T	condemning	condemn	200	Justice.Sentence.Unspecified=1
T	condemns	condemn	150	Justice.Sentence.Unspecified=1
T	confer	confer	550	Contact.Contact.Meet=1;Contact.Contact.Unspecified=1
T	conference	conference	550	Contact.Contact.Meet=3
T	conferences	conference	550	Contact.Contact.Meet=3
T	conferred	confer	550	Contact.Contact.Meet=1;Contact.Contact.Unspecified=1
T	conferring	confer	550	Contact.Contact.Meet=1;Contact.Contact.Unspecified=1
T	confers	confer	550	Contact.Contact.Meet=1;Contact.Contact.Unspecified=1
T	confine	confine	400	Justice.ArrestJailDetain.Unspecified=3;Movement.Transportation.Unspecified=1
T	confined	confine	400	Justice.ArrestJailDetain.Unspecified=3;Movement.Transportation.Unspecified=1
T	confines	confine	400	Justice.ArrestJailDetain.Unspecified=3;Movement.Transportation.Unspecified=1
T	confirm	confirm	280	Contact.Contact.Broadcast=3
T	confirmation	confirmation	400	Contact.Contact.Broadcast=1
T	confirmed	confirm	307	Contact.Contact.Broadcast=3
T	confirming	confirm	280	Contact.Contact.Broadcast=3
T	confirms	confirm	280	Contact.Contact.Broadcast=3
T	confiscate	confiscate	550	Transaction.ExchangeBuySell.Unspecified=5
T	confiscated	confiscate	550	Transaction.ExchangeBuySell.Unspecified=5
T	confiscates	confiscate	550	Transaction.ExchangeBuySell.Unspecified=5
T	conflict	conflict	865	Conflict.Attack.Unspecified=8
T	conflicted	conflict	775	Conflict.Attack.Unspecified=8
T	conflicting	conflict	775	Conflict.Attack.Unspecified=8
T	conflicts	conflict	775	Conflict.Attack.Unspecified=8
T	conformity	conformity	400	Contact.Agreement.Unspecified=1
T	conquer	conquer	400	Control.ImpedeInterfereWith.Unspecified=2
T	cons	con	400	Justice.Convict.Unspecified=2;Justice.Sentence.Unspecified=1
T	consider	consider	200	Contact.Agreement.Unspecified=1;Contact.Contact.Meet=1;Contact.Contact.Unspecified=1
T	considered	consider	120	Contact.Agreement.Unspecified=1;Contact.Contact.Meet=1;Contact.Contact.Unspecified=1
T	considering	consider	200	Contact.Agreement.Unspecified=1;Contact.Contact.Meet=1;Contact.Contact.Unspecified=1
T	considers	consider	200	Contact.Agreement.Unspecified=1;Contact.Contact.Meet=1;Contact.Contact.Unspecified=1
T	consignment	consignment	400	Movement.Transportation.Unspecified=1
T	consignments	consignment	400	Movement.Transportation.Unspecified=1
T	consorted	consort	400	Contact.Agreement.Unspecified=1
T	constitute	constitute	400	Personnel.StartPosition.Unspecified=2
T	constituted	constitute	400	Personnel.StartPosition.Unspecified=2
T	constitutes	constitute	400	Personnel.StartPosition.Unspecified=2
T	constituting	constitute	400	Personnel.StartPosition.Unspecified=2
T	construct	construct	550	ArtifactExistence.ManufactureAssemble.Unspecified=2
T	constructed	construct	550	ArtifactExistence.ManufactureAssemble.Unspecified=2
T	constructing	construct	550	ArtifactExistence.ManufactureAssemble.Unspecified=2
T	consultation	consultation	400	Contact.Contact.Meet=1;Contact.Contact.Unspecified=1
T	consultations	consultation	400	Contact.Contact.Meet=1;Contact.Contact.Unspecified=1
T	contain	contain	133	Justice.ArrestJailDetain.Unspecified=6;Control.ImpedeInterfereWith.Unspecified=1;Movement.Transportation.Unspecified=1
T	contained	contain	80	Justice.ArrestJailDetain.Unspecified=6;Control.ImpedeInterfereWith.Unspecified=1;Movement.Transportation.Unspecified=1
T	containing	contain	80	Justice.ArrestJailDetain.Unspecified=6;Control.ImpedeInterfereWith.Unspecified=1;Movement.Transportation.Unspecified=1
T	contains	contain	133	Justice.ArrestJailDetain.Unspecified=6;Control.ImpedeInterfereWith.Unspecified=1;Movement.Transportation.Unspecified=1
T	contravene	contravene	400	Conflict.Attack.Unspecified=2
T	contravened	contravene	400	Conflict.Attack.Unspecified=2
T	contravening	contravene	400	Conflict.Attack.Unspecified=2
T	control	control	75	Control.ImpedeInterfereWith.Unspecified=1
T	controled	control	200	Control.ImpedeInterfereWith.Unspecified=1
T	controlled	control	150	Control.ImpedeInterfereWith.Unspecified=1
T	controlling	control	150	Control.ImpedeInterfereWith.Unspecified=1
T	controls	control	200	Control.ImpedeInterfereWith.Unspecified=1
T	convene	convene	550	Contact.Contact.Meet=6;Contact.Contact.Unspecified=5
T	convened	convene	550	Contact.Contact.Meet=6;Contact.Contact.Unspecified=5
T	convenes	convene	550	Contact.Contact.Meet=6;Contact.Contact.Unspecified=5
T	convening	convene	550	Contact.Contact.Meet=6;Contact.Contact.Unspecified=5
T	convention	convention	400	Contact.Contact.Meet=1;Contact.Contact.Unspecified=1
T	conventions	convention	400	Contact.Contact.Meet=1;Contact.Contact.Unspecified=1
T	convey	convey	400	Conflict.Attack.Unspecified=1
T	conveyance	conveyance	400	Movement.Transportation.Unspecified=1
T	convict	convict	517	Justice.Convict.Unspecified=11;Justice.Sentence.Unspecified=2
T	convicted	convict	425	Justice.Convict.Unspecified=11;Justice.Sentence.Unspecified=2
T	conviction	conviction	400	Justice.Convict.Unspecified=2;Justice.Sentence.Unspecified=2
T	convictions	conviction	400	Justice.Convict.Unspecified=2;Justice.Sentence.Unspecified=2
T	convicts	convict	638	Justice.Convict.Unspecified=11;Justice.Sentence.Unspecified=2
T	cop	cop	400	Justice.ArrestJailDetain.Unspecified=6;Movement.Transportation.Unspecified=1
T	coping	cop	400	Justice.ArrestJailDetain.Unspecified=6;Movement.Transportation.Unspecified=1
T	cops	cop	400	Justice.ArrestJailDetain.Unspecified=6;Movement.Transportation.Unspecified=1
T	correspondence	correspondence	400	Contact.Agreement.Unspecified=2
T	corrupt	corrupt	400	Transaction.ExchangeBuySell.Unspecified=1
T	corrupted	corrupt	400	Transaction.ExchangeBuySell.Unspecified=1
T	counsel	counsel	400	Contact.RequestCommand.Unspecified=1
T	counseling	counsel	400	Contact.RequestCommand.Unspecified=1
T	counselling	counsel	400	Contact.RequestCommand.Unspecified=1
T	counsels	counsel	400	Contact.RequestCommand.Unspecified=1
T	count	count	96	Conflict.Attack.Unspecified=1
T	counted	count	160	Conflict.Attack.Unspecified=1
T	countenance	countenance	400	Control.ImpedeInterfereWith.Unspecified=2
T	countenancing	countenance	400	Control.ImpedeInterfereWith.Unspecified=2
T	counter	counter	307	Conflict.Attack.Unspecified=3
T	countered	counter	280	Conflict.Attack.Unspecified=3
T	countering	counter	280	Conflict.Attack.Unspecified=3
T	counters	counter	280	Conflict.Attack.Unspecified=3
T	counting	count	160	Conflict.Attack.Unspecified=1
T	counts	count	120	Conflict.Attack.Unspecified=1
T	coup	coup	275	Conflict.Attack.Unspecified=7
T	coups	coup	367	Conflict.Attack.Unspecified=7
T	court	court	126	Justice.TrialHearing.Unspecified=3
T	courted	court	127	Justice.TrialHearing.Unspecified=3
T	courting	court	127	Justice.TrialHearing.Unspecified=3
T	courts	court	95	Justice.TrialHearing.Unspecified=3
T	cover	cover	200	Contact.Agreement.Unspecified=1;Movement.Transportation.Unspecified=1
T	covered	cover	150	Contact.Agreement.Unspecified=1;Movement.Transportation.Unspecified=1
T	covering	cover	200	Contact.Agreement.Unspecified=1;Movement.Transportation.Unspecified=1
T	covers	cover	150	Contact.Agreement.Unspecified=1;Movement.Transportation.Unspecified=1
T	crash	crash	262	Conflict.Attack.DetonateExplode=3
T	crashed	crash	512	Conflict.Attack.DetonateExplode=3
T	crashes	crash	350	Conflict.Attack.DetonateExplode=3
T	create	create	110	ArtifactExistence.ManufactureAssemble.Unspecified=2
T	created	create	220	ArtifactExistence.ManufactureAssemble.Unspecified=2
T	creates	create	220	ArtifactExistence.ManufactureAssemble.Unspecified=2
T	creating	create	220	ArtifactExistence.ManufactureAssemble.Unspecified=2
T	crest	crest	400	Contact.Contact.Meet=1
T	crime	crime	576	GenericCrime.GenericCrime.GenericCrime=9
T	crimes	crime	491	GenericCrime.GenericCrime.GenericCrime=9
T	crisscrossed	crisscross	400	Movement.Transportation.Unspecified=1
T	cross	cross	467	Movement.Transportation.Unspecified=3
T	crossed	cross	600	Movement.Transportation.Unspecified=3
T	crosses	cross	467	Movement.Transportation.Unspecified=3
T	crossing	cross	467	Movement.Transportation.Unspecified=3
T	crossings	crossing	400	Movement.Transportation.Unspecified=1
T	crown	crown	400	Contact.Contact.Meet=1
T	crowned	crown	400	Contact.Contact.Meet=1
T	crowns	crown	400	Contact.Contact.Meet=1
T	crush	crush	400	ArtifactExistence.DamageDestroyDisableDismantle.Destroy=1;ArtifactExistence.DamageDestroyDisableDismantle.Unspecified=1;Control.ImpedeInterfereWith.Unspecified=1;Life.Injure.Unspecified=1
T	crushed	crush	400	ArtifactExistence.DamageDestroyDisableDismantle.Destroy=1;ArtifactExistence.DamageDestroyDisableDismantle.Unspecified=1;Control.ImpedeInterfereWith.Unspecified=1;Life.Injure.Unspecified=1
T	crushing	crush	400	ArtifactExistence.DamageDestroyDisableDismantle.Destroy=1;ArtifactExistence.DamageDestroyDisableDismantle.Unspecified=1;Control.ImpedeInterfereWith.Unspecified=1;Life.Injure.Unspecified=1
T	curb	curb	467	Control.ImpedeInterfereWith.Unspecified=3
T	curbed	curb	600	Control.ImpedeInterfereWith.Unspecified=3
T	curbing	curb	467	Control.ImpedeInterfereWith.Unspecified=3
T	curbs	curb	467	Control.ImpedeInterfereWith.Unspecified=3
T	cursed	curse	200	Contact.Contact.Unspecified=1
T	damage	damage	440	ArtifactExistence.DamageDestroyDisableDismantle.Damage=6
T	damaged	damage	440	ArtifactExistence.DamageDestroyDisableDismantle.Damage=6
T	damages	damage	400	ArtifactExistence.DamageDestroyDisableDismantle.Damage=6
T	damaging	damage	400	ArtifactExistence.DamageDestroyDisableDismantle.Damage=6
T	dead	dead	736	Life.Die.Unspecified=12
T	deal	deal	165	Contact.Agreement.Unspecified=3
T	dealing	deal	275	Contact.Agreement.Unspecified=3
T	deals	deal	275	Contact.Agreement.Unspecified=3
T	dealt	deal	275	Contact.Agreement.Unspecified=3
T	death	death	360	Life.Die.Unspecified=11
T	deaths	death	360	Life.Die.Unspecified=11
T	debacle	debacle	400	Life.Die.Unspecified=2;Conflict.Attack.Unspecified=1
T	debate	debate	275	Contact.Contact.Meet=6;Contact.Contact.Unspecified=1
T	debated	debate	367	Contact.Contact.Meet=6;Contact.Contact.Unspecified=1
T	debates	debate	367	Contact.Contact.Meet=6;Contact.Contact.Unspecified=1
T	debating	debate	367	Contact.Contact.Meet=6;Contact.Contact.Unspecified=1
T	decapitated	decapitate	550	Life.Die.Unspecified=2
T	decapitating	decapitate	550	Life.Die.Unspecified=2
T	deceased	decease	275	Life.Die.Unspecified=5
T	deceive	deceive	550	Contact.Prevarication.Unspecified=17
T	deceived	deceive	550	Contact.Prevarication.Unspecified=17
T	deceiving	deceive	550	Contact.Prevarication.Unspecified=17
T	deception	deception	400	Contact.Prevarication.Unspecified=4
T	decimate	decimate	400	Conflict.Attack.Unspecified=1
T	decimated	decimate	400	Conflict.Attack.Unspecified=1
T	decimating	decimate	400	Conflict.Attack.Unspecified=1
T	declaration	declaration	400	Contact.Contact.Meet=1;Contact.Contact.Unspecified=1
T	declarations	declaration	400	Contact.Contact.Meet=1;Contact.Contact.Unspecified=1
T	declare	declare	364	Contact.Contact.Unspecified=6;Contact.Contact.Meet=3
T	declared	declare	576	Contact.Contact.Unspecified=6;Contact.Contact.Meet=3
T	declares	declare	614	Contact.Contact.Unspecified=6;Contact.Contact.Meet=3
T	declaring	declare	486	Contact.Contact.Unspecified=6;Contact.Contact.Meet=3
T	dedicate	dedicate	267	GenericCrime.GenericCrime.GenericCrime=1
T	dedicated	dedicate	200	GenericCrime.GenericCrime.GenericCrime=1
T	defeat	defeat	400	Life.Die.Unspecified=23
T	defeated	defeat	400	Life.Die.Unspecified=23
T	defeating	defeat	400	Life.Die.Unspecified=23
T	defeats	defeat	400	Life.Die.Unspecified=23
T	dehydrated	dehydrate	550	Life.Injure.Unspecified=1
T	delay	delay	400	Justice.ArrestJailDetain.Unspecified=3;Movement.Transportation.Unspecified=1
T	delayed	delay	400	Justice.ArrestJailDetain.Unspecified=3;Movement.Transportation.Unspecified=1
T	delaying	delay	400	Justice.ArrestJailDetain.Unspecified=3;Movement.Transportation.Unspecified=1
T	delays	delay	400	Justice.ArrestJailDetain.Unspecified=3;Movement.Transportation.Unspecified=1
T	deliberate	deliberate	200	Contact.Contact.Meet=1;Contact.Contact.Unspecified=1
T	deliver	deliver	200	Conflict.Yield.Unspecified=1
T	delivered	deliver	120	Conflict.Yield.Unspecified=1
T	delivering	deliver	200	Conflict.Yield.Unspecified=1
T	delivers	deliver	200	Conflict.Yield.Unspecified=1
T	deluded	delude	400	Contact.Prevarication.Unspecified=4
T	demand	demand	525	Contact.RequestCommand.Unspecified=9
T	demanded	demand	394	Contact.RequestCommand.Unspecified=9
T	demanding	demand	525	Contact.RequestCommand.Unspecified=9
T	demands	demand	644	Contact.RequestCommand.Unspecified=9
T	demolish	demolish	550	ArtifactExistence.DamageDestroyDisableDismantle.Destroy=4;ArtifactExistence.DamageDestroyDisableDismantle.Unspecified=2
T	demolished	demolish	550	ArtifactExistence.DamageDestroyDisableDismantle.Destroy=4;ArtifactExistence.DamageDestroyDisableDismantle.Unspecified=2
T	demolition	demolition	400	ArtifactExistence.DamageDestroyDisableDismantle.Destroy=1;ArtifactExistence.DamageDestroyDisableDismantle.Unspecified=1
T	demonstrate	demonstrate	400	Conflict.Demonstrate.Unspecified=1;Contact.Contact.Unspecified=1
T	demonstrated	demonstrate	400	Conflict.Demonstrate.Unspecified=1;Contact.Contact.Unspecified=1
T	demonstrates	demonstrate	400	Conflict.Demonstrate.Unspecified=1;Contact.Contact.Unspecified=1
T	demonstrating	demonstrate	400	Conflict.Demonstrate.Unspecified=1;Contact.Contact.Unspecified=1
T	demonstration	demonstration	700	Conflict.Demonstrate.Unspecified=6
T	demonstrations	demonstration	775	Conflict.Demonstrate.Unspecified=6
T	denotes	denote	400	Contact.Contact.Broadcast=1;Contact.Contact.Unspecified=1
T	departure	departure	150	Movement.Transportation.Unspecified=1
T	departures	departure	150	Movement.Transportation.Unspecified=1
T	describe	describe	400	Contact.Contact.Broadcast=3
T	described	describe	150	Contact.Contact.Broadcast=3
T	describes	describe	400	Contact.Contact.Broadcast=3
T	describing	describe	400	Contact.Contact.Broadcast=3
T	despatch	despatch	400	Movement.Transportation.Unspecified=1
T	despatched	despatch	400	Movement.Transportation.Unspecified=1
T	despatching	despatch	400	Movement.Transportation.Unspecified=1
T	destroy	destroy	775	ArtifactExistence.DamageDestroyDisableDismantle.Destroy=12
T	destroyed	destroy	831	ArtifactExistence.DamageDestroyDisableDismantle.Destroy=12
T	destroyer	destroyer	400	ArtifactExistence.DamageDestroyDisableDismantle.Destroy=3
T	destroyers	destroyer	400	ArtifactExistence.DamageDestroyDisableDismantle.Destroy=3
T	destroying	destroy	831	ArtifactExistence.DamageDestroyDisableDismantle.Destroy=12
T	destruction	destruction	200	ArtifactExistence.DamageDestroyDisableDismantle.Destroy=3
T	detained	detain	910	Justice.ArrestJailDetain.Unspecified=12;Movement.Transportation.Unspecified=3
T	detainees	detainee	400	Justice.ArrestJailDetain.Unspecified=3;Movement.Transportation.Unspecified=1
T	detaining	detain	820	Justice.ArrestJailDetain.Unspecified=12;Movement.Transportation.Unspecified=3
T	detention	detention	400	Justice.ArrestJailDetain.Unspecified=3;Movement.Transportation.Unspecified=1
T	detentions	detention	400	Justice.ArrestJailDetain.Unspecified=3;Movement.Transportation.Unspecified=1
T	detonate	detonate	678	Conflict.Attack.DetonateExplode=20;Conflict.Attack.Unspecified=4
T	detonated	detonate	670	Conflict.Attack.DetonateExplode=20;Conflict.Attack.Unspecified=4
T	detonating	detonate	758	Conflict.Attack.DetonateExplode=20;Conflict.Attack.Unspecified=4
T	detonation	detonation	400	Conflict.Attack.DetonateExplode=17;Conflict.Attack.Unspecified=1;Disaster.Crash.Unspecified=1
T	detonator	detonator	400	Conflict.Attack.DetonateExplode=5;Conflict.Attack.Unspecified=1
T	devote	devote	400	GenericCrime.GenericCrime.GenericCrime=1
T	devoted	devote	400	GenericCrime.GenericCrime.GenericCrime=1
T	dialog	dialog	400	Contact.Contact.Meet=1;Contact.Contact.Unspecified=1
T	dialogue	dialogue	550	Contact.Contact.Unspecified=2;Contact.Contact.Meet=1
T	dialogues	dialogue	550	Contact.Contact.Unspecified=2;Contact.Contact.Meet=1
T	die	die	623	Life.Die.Unspecified=26;Conflict.Attack.DetonateExplode=3
T	died	die	682	Life.Die.Unspecified=26;Conflict.Attack.DetonateExplode=3
T	dies	die	623	Life.Die.Unspecified=26;Conflict.Attack.DetonateExplode=3
T	direct	direct	120	Contact.RequestCommand.Unspecified=1;Justice.ChargeIndict.Unspecified=1
T	directed	direct	200	Contact.RequestCommand.Unspecified=1;Justice.ChargeIndict.Unspecified=1
T	directing	direct	200	Contact.RequestCommand.Unspecified=1;Justice.ChargeIndict.Unspecified=1
T	directs	direct	200	Contact.RequestCommand.Unspecified=1;Justice.ChargeIndict.Unspecified=1
T	discharge	discharge	550	Personnel.EndPosition.Unspecified=1
T	discharged	discharge	550	Personnel.EndPosition.Unspecified=1
T	discharges	discharge	550	Personnel.EndPosition.Unspecified=1
T	discharging	discharge	550	Personnel.EndPosition.Unspecified=1
T	discourage	discourage	400	Contact.ThreatenCoerce.Unspecified=1
T	discouraged	discourage	400	Contact.ThreatenCoerce.Unspecified=1
T	discourages	discourage	400	Contact.ThreatenCoerce.Unspecified=1
T	discouraging	discourage	400	Contact.ThreatenCoerce.Unspecified=1
T	discuss	discuss	367	Contact.Contact.Meet=1;Contact.Contact.Unspecified=1
T	discussed	discuss	275	Contact.Contact.Meet=1;Contact.Contact.Unspecified=1
T	discusses	discuss	367	Contact.Contact.Meet=1;Contact.Contact.Unspecified=1
T	discussing	discuss	367	Contact.Contact.Meet=1;Contact.Contact.Unspecified=1
T	disease	disease	173	Disaster.DiseaseOutbreak.Unspecified=6
T	diseases	disease	194	Disaster.DiseaseOutbreak.Unspecified=6
T	dishonored	dishonor	400	Conflict.Attack.Unspecified=2;Life.Injure.Unspecified=2
T	dismiss	dismiss	200	Personnel.EndPosition.Unspecified=1
T	dismissed	dismiss	120	Personnel.EndPosition.Unspecified=1
T	dismisses	dismiss	200	Personnel.EndPosition.Unspecified=1
T	dismissing	dismiss	200	Personnel.EndPosition.Unspecified=1
T	dispatched	dispatch	400	Life.Die.Unspecified=2;Conflict.Attack.Unspecified=1;Movement.Transportation.Unspecified=1
T	dispatching	dispatch	400	Life.Die.Unspecified=2;Conflict.Attack.Unspecified=1;Movement.Transportation.Unspecified=1
T	displace	displace	400	Movement.Transportation.Unspecified=1;Personnel.EndPosition.Unspecified=1
T	displaced	displace	400	Movement.Transportation.Unspecified=1;Personnel.EndPosition.Unspecified=1
T	displacing	displace	400	Movement.Transportation.Unspecified=1;Personnel.EndPosition.Unspecified=1
T	dissent	dissent	400	Conflict.Demonstrate.Unspecified=4
T	dissenting	dissent	400	Conflict.Demonstrate.Unspecified=4
T	donate	donate	550	Transaction.Donation.Unspecified=8;Transaction.ExchangeBuySell.Unspecified=2
T	donated	donate	550	Transaction.Donation.Unspecified=8;Transaction.ExchangeBuySell.Unspecified=2
T	donating	donate	550	Transaction.Donation.Unspecified=8;Transaction.ExchangeBuySell.Unspecified=2
T	donation	donation	400	Transaction.Donation.Unspecified=2;Transaction.ExchangeBuySell.Unspecified=1
T	donations	donation	400	Transaction.Donation.Unspecified=2;Transaction.ExchangeBuySell.Unspecified=1
T	doom	doom	400	Justice.Sentence.Unspecified=1
T	doomed	doom	400	Justice.Sentence.Unspecified=1
T	drift	drift	400	Movement.Transportation.Unspecified=1
T	drifted	drift	400	Movement.Transportation.Unspecified=1
T	drifting	drift	400	Movement.Transportation.Unspecified=1
T	drifts	drift	400	Movement.Transportation.Unspecified=1
T	drive	drive	480	Movement.Transportation.Unspecified=6
T	driven	drive	488	Movement.Transportation.Unspecified=6
T	driver	driver	120	Movement.Transportation.Unspecified=1
T	drivers	driver	200	Movement.Transportation.Unspecified=1
T	drives	drive	480	Movement.Transportation.Unspecified=6
T	driving	drive	480	Movement.Transportation.Unspecified=6
T	drove	drive	610	Movement.Transportation.Unspecified=6
T	droves	drove	467	Movement.Transportation.Unspecified=3
T	drowned	drown	550	Life.Die.Unspecified=1
T	drowning	drown	550	Life.Die.Unspecified=1
T	dying	die	467	Life.Die.Unspecified=26;Conflict.Attack.DetonateExplode=3
T	e-mail	e-mail	200	Contact.Contact.Unspecified=2
T	earmark	earmark	400	Transaction.ExchangeBuySell.Unspecified=1
T	earmarked	earmark	400	Transaction.ExchangeBuySell.Unspecified=1
T	earmarks	earmark	400	Transaction.ExchangeBuySell.Unspecified=1
T	earnings	earnings	400	Transaction.ExchangeBuySell.Unspecified=1
T	ecstasy	ecstasy	400	Conflict.Attack.DetonateExplode=1
T	elect	elect	206	Personnel.Elect.Unspecified=3
T	elected	elect	206	Personnel.Elect.Unspecified=3
T	electing	elect	275	Personnel.Elect.Unspecified=3
T	election	election	165	Cognitive.Inspection.SensoryObserve=3
T	elections	election	206	Cognitive.Inspection.SensoryObserve=3
T	electorate	electorate	400	Personnel.Elect.Unspecified=1
T	elects	elect	275	Personnel.Elect.Unspecified=3
T	eliminate	eliminate	400	Conflict.Attack.Unspecified=1
T	eliminated	eliminate	400	Conflict.Attack.Unspecified=1
T	eliminates	eliminate	400	Conflict.Attack.Unspecified=1
T	eliminating	eliminate	400	Conflict.Attack.Unspecified=1
T	email	email	550	Contact.Contact.Unspecified=5
T	emailed	email	550	Contact.Contact.Unspecified=5
T	emailing	email	550	Contact.Contact.Unspecified=5
T	emails	email	550	Contact.Contact.Unspecified=5
T	embargo	embargo	550	Control.ImpedeInterfereWith.Unspecified=15;Transaction.ExchangeBuySell.Unspecified=2
T	embargoes	embargo	550	Control.ImpedeInterfereWith.Unspecified=15;Transaction.ExchangeBuySell.Unspecified=2
T	embarrassed	embarrass	400	Movement.Transportation.Unspecified=1
T	embarrassing	embarrass	400	Movement.Transportation.Unspecified=1
T	embed	embed	400	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	embedded	embed	400	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	employ	employ	550	Personnel.StartPosition.Unspecified=1
T	employed	employ	550	Personnel.StartPosition.Unspecified=1
T	employes	employ	550	Personnel.StartPosition.Unspecified=1
T	employing	employ	550	Personnel.StartPosition.Unspecified=1
T	employment	employment	400	Conflict.Attack.DetonateExplode=1
T	employs	employ	550	Personnel.StartPosition.Unspecified=1
T	enact	enact	550	Government.Legislate.Unspecified=1
T	enacted	enact	550	Government.Legislate.Unspecified=1
T	enacting	enact	550	Government.Legislate.Unspecified=1
T	enacts	enact	550	Government.Legislate.Unspecified=1
T	encounter	encounter	400	Contact.Contact.Meet=3;Conflict.Attack.Unspecified=1;Contact.Contact.Unspecified=1
T	encountered	encounter	400	Contact.Contact.Meet=3;Conflict.Attack.Unspecified=1;Contact.Contact.Unspecified=1
T	encountering	encounter	400	Contact.Contact.Meet=3;Conflict.Attack.Unspecified=1;Contact.Contact.Unspecified=1
T	encounters	encounter	400	Contact.Contact.Meet=3;Conflict.Attack.Unspecified=1;Contact.Contact.Unspecified=1
T	endanger	endanger	400	Contact.ThreatenCoerce.Broadcast=1;Contact.ThreatenCoerce.Unspecified=1
T	endangered	endanger	400	Contact.ThreatenCoerce.Broadcast=1;Contact.ThreatenCoerce.Unspecified=1
T	endangering	endanger	400	Contact.ThreatenCoerce.Broadcast=1;Contact.ThreatenCoerce.Unspecified=1
T	endangers	endanger	400	Contact.ThreatenCoerce.Broadcast=1;Contact.ThreatenCoerce.Unspecified=1
T	endorsement	endorsement	400	Control.ImpedeInterfereWith.Unspecified=2
T	endorsements	endorsement	400	Control.ImpedeInterfereWith.Unspecified=2
T	engagement	engagement	400	Conflict.Attack.Unspecified=2
T	engagements	engagement	400	Conflict.Attack.Unspecified=2
T	enjoin	enjoin	400	Contact.RequestCommand.Broadcast=1;Control.ImpedeInterfereWith.Unspecified=1
T	enjoined	enjoin	400	Contact.RequestCommand.Broadcast=1;Control.ImpedeInterfereWith.Unspecified=1
T	enjoining	enjoin	400	Contact.RequestCommand.Broadcast=1;Control.ImpedeInterfereWith.Unspecified=1
T	enquire	enquire	400	Contact.Contact.Meet=1;Contact.RequestCommand.Meet=1;Contact.RequestCommand.Unspecified=1;Justice.InvestigateCrime.Unspecified=1
T	enroll	enroll	400	Personnel.StartPosition.Unspecified=1
T	enrolled	enrol	400	Personnel.StartPosition.Unspecified=1
T	enrolling	enrol	400	Personnel.StartPosition.Unspecified=1
T	enter	enter	160	Personnel.StartPosition.Unspecified=1
T	entered	enter	96	Personnel.StartPosition.Unspecified=1
T	entering	enter	120	Personnel.StartPosition.Unspecified=1
T	enters	enter	160	Personnel.StartPosition.Unspecified=1
T	entrance	entrance	200	Justice.ArrestJailDetain.Unspecified=1;Movement.Transportation.Unspecified=1
T	entrances	entrance	267	Justice.ArrestJailDetain.Unspecified=1;Movement.Transportation.Unspecified=1
T	eradicate	eradicate	550	ArtifactExistence.DamageDestroyDisableDismantle.Destroy=1
T	eradicated	eradicate	550	ArtifactExistence.DamageDestroyDisableDismantle.Destroy=1
T	eruption	eruption	400	Conflict.Attack.DetonateExplode=2;Disaster.DiseaseOutbreak.Unspecified=1
T	escape	escape	700	Movement.Transportation.Evacuation=6;Movement.Transportation.Unspecified=1
T	escaped	escape	775	Movement.Transportation.Evacuation=6;Movement.Transportation.Unspecified=1
T	establish	establish	275	Government.Formation.Unspecified=1
T	established	establish	367	Government.Formation.Unspecified=1
T	establishes	establish	367	Government.Formation.Unspecified=1
T	establishing	establish	367	Government.Formation.Unspecified=1
T	evacuate	evacuate	550	Movement.Transportation.Evacuation=6;Movement.Transportation.Unspecified=1
T	evacuated	evacuate	550	Movement.Transportation.Evacuation=6;Movement.Transportation.Unspecified=1
T	evacuating	evacuate	550	Movement.Transportation.Evacuation=6;Movement.Transportation.Unspecified=1
T	evacuation	evacuation	400	Movement.Transportation.Evacuation=1;Movement.Transportation.Unspecified=1
T	evacuations	evacuation	400	Movement.Transportation.Evacuation=1;Movement.Transportation.Unspecified=1
T	evidence	evidence	200	Justice.ChargeIndict.Unspecified=1;Justice.TrialHearing.Unspecified=1
T	evidenced	evidence	267	Justice.ChargeIndict.Unspecified=1;Justice.TrialHearing.Unspecified=1
T	evidencing	evidence	267	Justice.ChargeIndict.Unspecified=1;Justice.TrialHearing.Unspecified=1
T	execute	execute	550	Life.Die.Unspecified=2;Justice.Sentence.Unspecified=1
T	executed	execute	550	Life.Die.Unspecified=2;Justice.Sentence.Unspecified=1
T	executes	execute	550	Life.Die.Unspecified=2;Justice.Sentence.Unspecified=1
T	executing	executing	400	Justice.Sentence.Unspecified=2;Life.Die.Unspecified=2
T	execution	execution	275	Life.Die.Unspecified=3;Justice.Sentence.Unspecified=2
T	executions	execution	367	Life.Die.Unspecified=3;Justice.Sentence.Unspecified=2
T	exercise	exercise	120	Conflict.Attack.DetonateExplode=1
T	exercised	exercise	160	Conflict.Attack.DetonateExplode=1
T	exercises	exercise	96	Conflict.Attack.DetonateExplode=1
T	exercising	exercise	160	Conflict.Attack.DetonateExplode=1
T	exhibit	exhibit	267	Contact.Contact.Unspecified=1
T	exhibited	exhibit	200	Contact.Contact.Unspecified=1
T	exhibiting	exhibit	267	Contact.Contact.Unspecified=1
T	exhibits	exhibit	267	Contact.Contact.Unspecified=1
T	exhorted	exhort	400	Contact.RequestCommand.Unspecified=4;Contact.RequestCommand.Broadcast=1
T	exit	exit	400	Life.Die.Unspecified=7;Conflict.Attack.DetonateExplode=1
T	exited	exit	400	Life.Die.Unspecified=7;Conflict.Attack.DetonateExplode=1
T	expel	expel	400	Personnel.EndPosition.Unspecified=1
T	expelled	expel	400	Personnel.EndPosition.Unspecified=1
T	expire	expire	400	Life.Die.Unspecified=7;Conflict.Attack.DetonateExplode=1
T	expired	expire	400	Life.Die.Unspecified=7;Conflict.Attack.DetonateExplode=1
T	expires	expire	400	Life.Die.Unspecified=7;Conflict.Attack.DetonateExplode=1
T	expiring	expire	400	Life.Die.Unspecified=7;Conflict.Attack.DetonateExplode=1
T	expiry	expiry	400	Life.Die.Unspecified=3
T	expletive	expletive	400	Contact.Contact.Unspecified=1
T	explode	explode	925	Conflict.Attack.DetonateExplode=24;Disaster.Crash.Unspecified=1
T	exploded	explode	967	Conflict.Attack.DetonateExplode=24;Disaster.Crash.Unspecified=1
T	exploding	explode	900	Conflict.Attack.DetonateExplode=24;Disaster.Crash.Unspecified=1
T	explosion	explosion	771	Conflict.Attack.DetonateExplode=48;Disaster.Crash.Unspecified=1
T	explosions	explosion	639	Conflict.Attack.DetonateExplode=48;Disaster.Crash.Unspecified=1
T	export	export	550	Movement.Transportation.Unspecified=2
T	exported	export	550	Movement.Transportation.Unspecified=2
T	exporting	export	550	Movement.Transportation.Unspecified=2
T	exports	export	550	Movement.Transportation.Unspecified=2
T	expression	expression	400	Contact.Contact.Unspecified=1
T	expressions	expression	400	Contact.Contact.Unspecified=1
T	exterminated	exterminate	550	Life.Die.Unspecified=2
T	extinguish	extinguish	400	Conflict.Attack.Unspecified=1
T	extinguished	extinguish	400	Conflict.Attack.Unspecified=1
T	extradited	extradite	550	Justice.Sentence.Unspecified=1
T	extradition	extradition	550	Justice.Sentence.Unspecified=1
T	fail	fail	233	Conflict.Attack.DetonateExplode=3
T	failed	fail	283	Conflict.Attack.DetonateExplode=3
T	failing	fail	175	Conflict.Attack.DetonateExplode=3
T	fails	fail	233	Conflict.Attack.DetonateExplode=3
T	failure	failure	200	Conflict.Attack.DetonateExplode=1
T	failures	failure	267	Conflict.Attack.DetonateExplode=1
T	fatal	fatal	550	Life.Die.Unspecified=4
T	fatalities	fatality	550	Life.Die.Unspecified=3
T	fault	fault	400	Contact.Contact.Unspecified=1
T	faulted	fault	400	Contact.Contact.Unspecified=1
T	faults	fault	400	Contact.Contact.Unspecified=1
T	fax	fax	550	Contact.Contact.Unspecified=1
T	fever	fever	200	Disaster.DiseaseOutbreak.Unspecified=3
T	fevers	fever	200	Disaster.DiseaseOutbreak.Unspecified=3
T	fight	fight	400	Conflict.Attack.Unspecified=2
T	fighting	fight	400	Conflict.Attack.Unspecified=2
T	fights	fight	400	Conflict.Attack.Unspecified=2
T	figure	figure	38	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	figured	figure	53	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	figures	figure	67	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	figuring	figure	89	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	financing	financing	400	Transaction.Donation.Unspecified=1;Transaction.ExchangeBuySell.Unspecified=1
T	financings	financing	400	Transaction.Donation.Unspecified=1;Transaction.ExchangeBuySell.Unspecified=1
T	find	find	120	Transaction.ExchangeBuySell.Unspecified=1
T	finding	find	96	Transaction.ExchangeBuySell.Unspecified=1
T	finds	find	160	Transaction.ExchangeBuySell.Unspecified=1
T	fire	fire	271	Personnel.EndPosition.Unspecified=6
T	firearms	firearm	600	Conflict.Attack.Unspecified=3
T	fired	fire	225	Personnel.EndPosition.Unspecified=6
T	fires	fire	300	Personnel.EndPosition.Unspecified=6
T	firing	fire	300	Personnel.EndPosition.Unspecified=6
T	firings	firing	550	Personnel.EndPosition.Unspecified=5
T	fled	flee	550	Movement.Transportation.Evacuation=3
T	flee	flee	550	Movement.Transportation.Evacuation=3
T	fleeing	flee	550	Movement.Transportation.Evacuation=3
T	flesh	flesh	400	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	fleshed	flesh	400	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	fleshing	flesh	400	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	flew	fly	305	Movement.Transportation.Unspecified=3
T	flies	fly	175	Movement.Transportation.Unspecified=3
T	flight	flight	150	Movement.Transportation.Evacuation=2;Movement.Transportation.Unspecified=1
T	flights	flight	150	Movement.Transportation.Evacuation=2;Movement.Transportation.Unspecified=1
T	flown	fly	105	Movement.Transportation.Unspecified=3
T	flung	fling	550	Movement.Transportation.Unspecified=1
T	fly	fly	175	Movement.Transportation.Unspecified=3
T	flyer	fly	175	Movement.Transportation.Unspecified=3
T	flyers	flyer	400	Movement.Transportation.Unspecified=1
T	flying	fly	105	Movement.Transportation.Unspecified=3
T	follow	follow	86	Cognitive.Inspection.SensoryObserve=1
T	followed	follow	114	Cognitive.Inspection.SensoryObserve=1
T	following	follow	49	Cognitive.Inspection.SensoryObserve=1
T	follows	follow	114	Cognitive.Inspection.SensoryObserve=1
T	foray	foray	200	ArtifactExistence.DamageDestroyDisableDismantle.Destroy=1;ArtifactExistence.DamageDestroyDisableDismantle.Unspecified=1;Conflict.Attack.Unspecified=1
T	forays	foray	267	ArtifactExistence.DamageDestroyDisableDismantle.Destroy=1;ArtifactExistence.DamageDestroyDisableDismantle.Unspecified=1;Conflict.Attack.Unspecified=1
T	force	force	53	Contact.ThreatenCoerce.Broadcast=1
T	forced	force	267	Contact.ThreatenCoerce.Broadcast=1
T	forces	force	35	Contact.ThreatenCoerce.Broadcast=1
T	forcing	force	200	Contact.ThreatenCoerce.Broadcast=1
T	foresaw	foresee	400	Conflict.Attack.Unspecified=1
T	foresee	foresee	400	Conflict.Attack.Unspecified=1
T	foreseen	foresee	400	Conflict.Attack.Unspecified=1
T	foresees	foresee	400	Conflict.Attack.Unspecified=1
T	forestall	forestall	400	Conflict.Attack.Unspecified=1
T	forestalled	forestall	400	Conflict.Attack.Unspecified=1
T	forestalling	forestall	400	Conflict.Attack.Unspecified=1
T	form	form	67	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	formed	form	133	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	forming	form	133	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	forms	form	100	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	fought	fight	400	Conflict.Attack.Unspecified=2
T	found	find	53	Transaction.ExchangeBuySell.Unspecified=1
T	founder	founder	400	ArtifactExistence.DamageDestroyDisableDismantle.Destroy=1
T	foundered	founder	400	ArtifactExistence.DamageDestroyDisableDismantle.Destroy=1
T	foundering	founder	400	ArtifactExistence.DamageDestroyDisableDismantle.Destroy=1
T	founders	founder	400	ArtifactExistence.DamageDestroyDisableDismantle.Destroy=1
T	frame	frame	400	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	frames	frame	400	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	framing	frame	400	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	free	free	400	Justice.ReleaseParole.Unspecified=3
T	freed	free	400	Justice.ReleaseParole.Unspecified=3
T	freeing	free	400	Justice.ReleaseParole.Unspecified=3
T	freer	free	400	Justice.ReleaseParole.Unspecified=3
T	frees	free	400	Justice.ReleaseParole.Unspecified=3
T	freight	freight	400	Movement.Transportation.Unspecified=1
T	freighting	freight	400	Movement.Transportation.Unspecified=1
T	freights	freight	400	Movement.Transportation.Unspecified=1
T	friction	friction	400	Conflict.Attack.Unspecified=1;Conflict.Demonstrate.DemonstrateWithViolence=1
T	frictions	friction	400	Conflict.Attack.Unspecified=1;Conflict.Demonstrate.DemonstrateWithViolence=1
T	function	function	200	Conflict.Attack.DetonateExplode=1
T	functioning	function	267	Conflict.Attack.DetonateExplode=1
T	functions	function	267	Conflict.Attack.DetonateExplode=1
T	fund	fund	367	Transaction.Donation.Unspecified=8;Transaction.ExchangeBuySell.Unspecified=1
T	funded	fund	367	Transaction.Donation.Unspecified=8;Transaction.ExchangeBuySell.Unspecified=1
T	funding	fund	367	Transaction.Donation.Unspecified=8;Transaction.ExchangeBuySell.Unspecified=1
T	fundings	funding	550	Transaction.Donation.Unspecified=3;Transaction.ExchangeBuySell.Unspecified=1
T	funds	fund	275	Transaction.Donation.Unspecified=8;Transaction.ExchangeBuySell.Unspecified=1
T	funeral	funeral	550	Contact.Contact.Unspecified=2
T	furnish	furnish	400	Movement.Transportation.Unspecified=1;Transaction.Donation.Unspecified=1;Transaction.ExchangeBuySell.Unspecified=1
T	furnished	furnish	400	Movement.Transportation.Unspecified=1;Transaction.Donation.Unspecified=1;Transaction.ExchangeBuySell.Unspecified=1
T	gain	gain	200	Movement.Transportation.Unspecified=1;Personnel.Elect.Unspecified=1
T	gained	gain	267	Movement.Transportation.Unspecified=1;Personnel.Elect.Unspecified=1
T	gaining	gain	267	Movement.Transportation.Unspecified=1;Personnel.Elect.Unspecified=1
T	gains	gain	267	Movement.Transportation.Unspecified=1;Personnel.Elect.Unspecified=1
T	gave	give	26	ArtifactExistence.DamageDestroyDisableDismantle.Destroy=1;GenericCrime.GenericCrime.GenericCrime=1;Transaction.ExchangeBuySell.Unspecified=1
T	genocide	genocide	550	Life.Die.Unspecified=6
T	get	get	96	Transaction.ExchangeBuySell.Unspecified=3;Movement.Transportation.Unspecified=2
T	gets	get	160	Transaction.ExchangeBuySell.Unspecified=3;Movement.Transportation.Unspecified=2
T	getting	get	160	Transaction.ExchangeBuySell.Unspecified=3;Movement.Transportation.Unspecified=2
T	give	give	31	ArtifactExistence.DamageDestroyDisableDismantle.Destroy=1;GenericCrime.GenericCrime.GenericCrime=1;Transaction.ExchangeBuySell.Unspecified=1
T	giveing	give	62	ArtifactExistence.DamageDestroyDisableDismantle.Destroy=1;GenericCrime.GenericCrime.GenericCrime=1;Transaction.ExchangeBuySell.Unspecified=1
T	given	give	26	ArtifactExistence.DamageDestroyDisableDismantle.Destroy=1;GenericCrime.GenericCrime.GenericCrime=1;Transaction.ExchangeBuySell.Unspecified=1
T	gives	give	62	ArtifactExistence.DamageDestroyDisableDismantle.Destroy=1;GenericCrime.GenericCrime.GenericCrime=1;Transaction.ExchangeBuySell.Unspecified=1
T	giving	give	62	ArtifactExistence.DamageDestroyDisableDismantle.Destroy=1;GenericCrime.GenericCrime.GenericCrime=1;Transaction.ExchangeBuySell.Unspecified=1
T	go	go	117	Conflict.Attack.DetonateExplode=3
T	goed	go	233	Conflict.Attack.DetonateExplode=3
T	goes	go	233	Conflict.Attack.DetonateExplode=3
T	going	go	78	Conflict.Attack.DetonateExplode=3
T	gone	go	425	Conflict.Attack.DetonateExplode=3
T	gos	go	233	Conflict.Attack.DetonateExplode=3
T	got	get	120	Transaction.ExchangeBuySell.Unspecified=3;Movement.Transportation.Unspecified=2
T	gotten	get	160	Transaction.ExchangeBuySell.Unspecified=3;Movement.Transportation.Unspecified=2
T	grant	grant	367	Transaction.Donation.Unspecified=2;Transaction.ExchangeBuySell.Unspecified=2
T	granted	grant	275	Transaction.Donation.Unspecified=2;Transaction.ExchangeBuySell.Unspecified=2
T	grantes	grant	367	Transaction.Donation.Unspecified=2;Transaction.ExchangeBuySell.Unspecified=2
T	granting	grant	367	Transaction.Donation.Unspecified=2;Transaction.ExchangeBuySell.Unspecified=2
T	grants	grant	367	Transaction.Donation.Unspecified=2;Transaction.ExchangeBuySell.Unspecified=2
T	grasp	grasp	400	Contact.Contact.Unspecified=1
T	grip	grip	400	Contact.Contact.Unspecified=1
T	gripped	grip	400	Contact.Contact.Unspecified=1
T	gripping	grip	400	Contact.Contact.Unspecified=1
T	grips	grip	400	Contact.Contact.Unspecified=1
T	guilty	guilty	110	Justice.Convict.Unspecified=6;Justice.Sentence.Unspecified=1
T	gunfire	gunfire	600	Conflict.Attack.Unspecified=3
T	gunshot	gunshot	267	Conflict.Attack.Unspecified=1
T	gunshots	gunshot	200	Conflict.Attack.Unspecified=1
T	hale	hale	400	Contact.ThreatenCoerce.Broadcast=1
T	halt	halt	400	Justice.ArrestJailDetain.Unspecified=6;Movement.Transportation.Unspecified=1
T	halted	halt	400	Justice.ArrestJailDetain.Unspecified=6;Movement.Transportation.Unspecified=1
T	halting	halt	400	Justice.ArrestJailDetain.Unspecified=6;Movement.Transportation.Unspecified=1
T	halts	halt	400	Justice.ArrestJailDetain.Unspecified=6;Movement.Transportation.Unspecified=1
T	handle	handle	400	Contact.Agreement.Unspecified=1
T	handled	handle	400	Contact.Agreement.Unspecified=1
T	handles	handle	400	Contact.Agreement.Unspecified=1
T	handling	handle	400	Contact.Agreement.Unspecified=1
T	hang	hang	550	Conflict.Attack.Unspecified=1
T	hanged	hang	550	Conflict.Attack.Unspecified=1
T	hanging	hang	550	Conflict.Attack.Unspecified=1
T	hangs	hang	550	Conflict.Attack.Unspecified=1
T	harm	harm	550	Life.Injure.Unspecified=3
T	harmed	harm	550	Life.Injure.Unspecified=3
T	harming	harm	550	Life.Injure.Unspecified=3
T	harmonised	harmonise	400	Contact.Agreement.Unspecified=1
T	harmonising	harmonise	400	Contact.Agreement.Unspecified=1
T	harmonize	harmonize	400	Contact.Agreement.Unspecified=1
T	harmonized	harmonize	400	Contact.Agreement.Unspecified=1
T	harmonizing	harmonize	400	Contact.Agreement.Unspecified=1
T	harms	harm	550	Life.Injure.Unspecified=3
T	head	head	87	Movement.Transportation.Unspecified=3
T	headed	head	131	Movement.Transportation.Unspecified=3
T	heading	head	381	Movement.Transportation.Unspecified=3
T	heads	head	131	Movement.Transportation.Unspecified=3
T	height	height	120	Contact.Contact.Meet=1
T	heights	height	200	Contact.Contact.Meet=1
T	held	hold	105	Contact.Contact.Unspecified=3
T	hijacked	hijack	550	Conflict.Attack.Unspecified=2
T	hijacking	hijack	550	Conflict.Attack.Unspecified=2
T	hinder	hinder	400	Movement.Transportation.Unspecified=1
T	hindered	hinder	400	Movement.Transportation.Unspecified=1
T	hindering	hinder	400	Movement.Transportation.Unspecified=1
T	hint	hint	400	Contact.RequestCommand.Unspecified=1
T	hinted	hint	400	Contact.RequestCommand.Unspecified=1
T	hinting	hint	400	Contact.RequestCommand.Unspecified=1
T	hints	hint	400	Contact.RequestCommand.Unspecified=1
T	hire	hire	550	Personnel.StartPosition.Unspecified=2
T	hired	hire	550	Personnel.StartPosition.Unspecified=2
T	hires	hire	550	Personnel.StartPosition.Unspecified=2
T	hiring	hire	550	Personnel.StartPosition.Unspecified=2
T	hit	hit	512	Conflict.Attack.Unspecified=3
T	hitch	hitch	200	Justice.ArrestJailDetain.Unspecified=6;Movement.Transportation.Unspecified=1
T	hits	hit	262	Conflict.Attack.Unspecified=3
T	hitter	hitter	400	Conflict.Attack.Unspecified=1
T	hitting	hit	350	Conflict.Attack.Unspecified=3
T	hold	hold	305	Contact.Contact.Unspecified=3
T	holdes	hold	175	Contact.Contact.Unspecified=3
T	holding	hold	105	Contact.Contact.Unspecified=3
T	holds	hold	175	Contact.Contact.Unspecified=3
T	holocaust	holocaust	550	Life.Die.Unspecified=3
T	homicide	homicide	775	Life.Die.Unspecified=13;GenericCrime.GenericCrime.GenericCrime=3
T	homicides	homicide	700	Life.Die.Unspecified=13;GenericCrime.GenericCrime.GenericCrime=3
T	hope	hope	120	Contact.Contact.Unspecified=1
T	hoped	hope	120	Contact.Contact.Unspecified=1
T	hopes	hope	160	Contact.Contact.Unspecified=1
T	hoping	hope	120	Contact.Contact.Unspecified=1
T	horde	horde	400	Movement.Transportation.Unspecified=1
T	hound	hound	400	Justice.InvestigateCrime.Unspecified=1
T	hounding	hound	400	Justice.InvestigateCrime.Unspecified=1
T	hung	hang	550	Conflict.Attack.Unspecified=1
T	hunger	hunger	400	Life.Injure.Unspecified=1
T	hunt	hunt	467	Justice.InvestigateCrime.Unspecified=3
T	hunter	hunter	400	Justice.InvestigateCrime.Unspecified=1
T	hunting	hunt	600	Justice.InvestigateCrime.Unspecified=3
T	hunts	hunt	467	Justice.InvestigateCrime.Unspecified=3
T	hurt	hurt	400	Life.Injure.Unspecified=20
T	hurting	hurt	400	Life.Injure.Unspecified=20
T	hurts	hurt	400	Life.Injure.Unspecified=20
T	identification	identification	200	Cognitive.IdentifyCategorize.Unspecified=1
T	identified	identify	210	Cognitive.IdentifyCategorize.Unspecified=3
T	identifies	identify	280	Cognitive.IdentifyCategorize.Unspecified=3
T	identify	identify	368	Cognitive.IdentifyCategorize.Unspecified=3
T	identifying	identify	280	Cognitive.IdentifyCategorize.Unspecified=3
T	identities	identity	400	Cognitive.IdentifyCategorize.Unspecified=1
T	identity	identity	400	Cognitive.IdentifyCategorize.Unspecified=1
T	illness	illness	550	Life.Injure.Unspecified=5
T	illnesses	illness	550	Life.Injure.Unspecified=5
T	immigration	immigration	550	Cognitive.Inspection.SensoryObserve=3
T	impairment	impairment	400	ArtifactExistence.DamageDestroyDisableDismantle.Damage=1;Life.Injure.Unspecified=1
T	impede	impede	267	Movement.Transportation.Unspecified=1
T	impeded	impede	267	Movement.Transportation.Unspecified=1
T	impediment	impediment	400	Movement.Transportation.Unspecified=1
T	impediments	impediment	400	Movement.Transportation.Unspecified=1
T	impeding	impede	200	Movement.Transportation.Unspecified=1
T	imperil	imperil	400	Contact.ThreatenCoerce.Broadcast=1;Contact.ThreatenCoerce.Unspecified=1
T	implant	implant	400	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	implore	implore	400	Contact.RequestCommand.Unspecified=1
T	import	import	550	Movement.Transportation.Unspecified=4
T	importation	importation	400	Movement.Transportation.Unspecified=2
T	imported	import	550	Movement.Transportation.Unspecified=4
T	importer	importer	400	Movement.Transportation.Unspecified=1
T	importers	importer	400	Movement.Transportation.Unspecified=1
T	importing	import	550	Movement.Transportation.Unspecified=4
T	imports	import	550	Movement.Transportation.Unspecified=4
T	impounding	impound	400	Transaction.ExchangeBuySell.Unspecified=1
T	impress	impress	400	Conflict.Attack.DetonateExplode=1;Conflict.Attack.Unspecified=1;Life.Injure.Unspecified=1
T	impressed	impress	400	Conflict.Attack.DetonateExplode=1;Conflict.Attack.Unspecified=1;Life.Injure.Unspecified=1
T	imprison	imprison	550	Movement.Transportation.Unspecified=4;Justice.ArrestJailDetain.Unspecified=2
T	imprisoned	imprison	550	Movement.Transportation.Unspecified=4;Justice.ArrestJailDetain.Unspecified=2
T	imprisonment	imprisonment	400	Justice.ArrestJailDetain.Unspecified=1;Movement.Transportation.Unspecified=1
T	impulses	impulse	400	Contact.RequestCommand.Unspecified=4;Contact.RequestCommand.Broadcast=1
T	in	in	4	Justice.ArrestJailDetain.Unspecified=3
T	inaugurate	inaugurate	550	Government.Formation.Unspecified=1
T	inaugurated	inaugurate	550	Government.Formation.Unspecified=1
T	incarcerates	incarcerate	550	Justice.ArrestJailDetain.Unspecified=1;Movement.Transportation.Unspecified=1
T	inch	inch	400	Justice.ArrestJailDetain.Unspecified=1
T	inched	inch	400	Justice.ArrestJailDetain.Unspecified=1
T	inches	inch	400	Justice.ArrestJailDetain.Unspecified=1
T	inching	inch	400	Justice.ArrestJailDetain.Unspecified=1
T	incriminate	incriminate	400	GenericCrime.GenericCrime.GenericCrime=2
T	incriminating	incriminate	400	GenericCrime.GenericCrime.GenericCrime=2
T	incrimination	incrimination	400	Contact.Contact.Unspecified=1
T	incur	incur	400	Transaction.ExchangeBuySell.Unspecified=1
T	incurred	incur	400	Transaction.ExchangeBuySell.Unspecified=1
T	incurring	incur	400	Transaction.ExchangeBuySell.Unspecified=1
T	incurs	incur	400	Transaction.ExchangeBuySell.Unspecified=1
T	indict	indict	700	Justice.ChargeIndict.Unspecified=9
T	indicted	indict	775	Justice.ChargeIndict.Unspecified=9
T	indicting	indict	700	Justice.ChargeIndict.Unspecified=9
T	indictment	indictment	400	Justice.ChargeIndict.Unspecified=2
T	indictments	indictment	400	Justice.ChargeIndict.Unspecified=2
T	indium	indium	400	Justice.ArrestJailDetain.Unspecified=1
T	infractions	infraction	400	GenericCrime.GenericCrime.GenericCrime=1
T	infringe	infringe	400	Conflict.Attack.Unspecified=2
T	infringed	infringe	400	Conflict.Attack.Unspecified=2
T	infringement	infringement	400	GenericCrime.GenericCrime.GenericCrime=1
T	infringements	infringement	400	GenericCrime.GenericCrime.GenericCrime=1
T	infringes	infringe	400	Conflict.Attack.Unspecified=2
T	infringing	infringe	400	Conflict.Attack.Unspecified=2
T	inhibit	inhibit	400	Control.ImpedeInterfereWith.Unspecified=2
T	inhibited	inhibit	400	Control.ImpedeInterfereWith.Unspecified=2
T	inhibiting	inhibit	400	Control.ImpedeInterfereWith.Unspecified=2
T	inhibits	inhibit	400	Control.ImpedeInterfereWith.Unspecified=2
T	injunction	injunction	550	Control.ImpedeInterfereWith.Unspecified=4
T	injunctions	injunction	550	Control.ImpedeInterfereWith.Unspecified=4
T	injure	injure	783	Life.Injure.Unspecified=44
T	injured	injure	772	Life.Injure.Unspecified=44
T	injuries	injury	736	Life.Injure.Unspecified=12
T	injuring	injure	892	Life.Injure.Unspecified=44
T	injury	injury	629	Life.Injure.Unspecified=12
T	inmate	inmate	400	Justice.Convict.Unspecified=2;Justice.Sentence.Unspecified=1
T	inmates	inmate	400	Justice.Convict.Unspecified=2;Justice.Sentence.Unspecified=1
T	inquired	inquire	400	Contact.Contact.Meet=1;Contact.RequestCommand.Meet=1;Contact.RequestCommand.Unspecified=1;Justice.InvestigateCrime.Unspecified=1
T	inspect	inspect	550	Cognitive.Inspection.SensoryObserve=3
T	inspected	inspect	550	Cognitive.Inspection.SensoryObserve=3
T	inspecting	inspect	550	Cognitive.Inspection.SensoryObserve=3
T	inspection	inspection	550	Cognitive.Inspection.SensoryObserve=5
T	inspections	inspection	550	Cognitive.Inspection.SensoryObserve=5
T	inspects	inspect	550	Cognitive.Inspection.SensoryObserve=3
T	institution	institution	150	Movement.Transportation.Unspecified=1
T	institutions	institution	150	Movement.Transportation.Unspecified=1
T	instruct	instruct	467	Contact.RequestCommand.Unspecified=3
T	instructed	instruct	600	Contact.RequestCommand.Unspecified=3
T	instructing	instruct	467	Contact.RequestCommand.Unspecified=3
T	instruction	instruction	267	Contact.RequestCommand.Unspecified=1
T	instructions	instruction	200	Contact.RequestCommand.Unspecified=1
T	instructs	instruct	467	Contact.RequestCommand.Unspecified=3
T	intersected	intersect	400	Movement.Transportation.Unspecified=1
T	intervention	intervention	400	Medical.Intervention.Unspecified=1
T	interventions	intervention	400	Medical.Intervention.Unspecified=1
T	interview	interview	572	Contact.Contact.Meet=6;Contact.Contact.Unspecified=4
T	interviewed	interview	715	Contact.Contact.Meet=6;Contact.Contact.Unspecified=4
T	interviewer	interviewer	400	Contact.Contact.Meet=1;Contact.Contact.Unspecified=1
T	interviewers	interviewer	400	Contact.Contact.Meet=1;Contact.Contact.Unspecified=1
T	interviewing	interview	620	Contact.Contact.Meet=6;Contact.Contact.Unspecified=4
T	interviews	interview	620	Contact.Contact.Meet=6;Contact.Contact.Unspecified=4
T	intimidate	intimidate	275	Contact.ThreatenCoerce.Unspecified=4
T	intimidated	intimidate	206	Contact.ThreatenCoerce.Unspecified=4
T	intimidating	intimidate	206	Contact.ThreatenCoerce.Unspecified=4
T	intimidation	intimidation	400	Contact.ThreatenCoerce.Unspecified=1
T	invade	invade	550	Conflict.Attack.Unspecified=3
T	invaded	invade	550	Conflict.Attack.Unspecified=3
T	invaders	invader	400	Conflict.Attack.Unspecified=1
T	invading	invade	550	Conflict.Attack.Unspecified=3
T	invasion	invasion	400	Conflict.Attack.Unspecified=1
T	invasions	invasion	400	Conflict.Attack.Unspecified=1
T	investigate	investigate	206	Justice.InvestigateCrime.Unspecified=5
T	investigated	investigate	275	Justice.InvestigateCrime.Unspecified=5
T	investigating	investigate	206	Justice.InvestigateCrime.Unspecified=5
T	investigation	investigation	238	Justice.InvestigateCrime.Unspecified=8
T	investigations	investigation	100	Justice.InvestigateCrime.Unspecified=8
T	investigator	investigator	200	Justice.InvestigateCrime.Unspecified=1
T	investigators	investigator	120	Justice.InvestigateCrime.Unspecified=1
T	involve	involve	200	Contact.RequestCommand.Unspecified=2
T	involved	involve	89	Contact.RequestCommand.Unspecified=2
T	involves	involve	267	Contact.RequestCommand.Unspecified=2
T	involving	involve	267	Contact.RequestCommand.Unspecified=2
T	issue	issue	489	Contact.Contact.Broadcast=12
T	issued	issue	547	Contact.Contact.Broadcast=12
T	issuer	issuer	400	Contact.Contact.Broadcast=3
T	issuers	issuer	400	Contact.Contact.Broadcast=3
T	issues	issue	489	Contact.Contact.Broadcast=12
T	issuing	issue	489	Contact.Contact.Broadcast=12
T	jail	jail	206	Justice.ArrestJailDetain.Unspecified=2
T	jailed	jail	550	Justice.ArrestJailDetain.Unspecified=2
T	jails	jail	550	Justice.ArrestJailDetain.Unspecified=2
T	jam	jam	200	Movement.Transportation.Unspecified=1
T	james	jam	150	Movement.Transportation.Unspecified=1
T	jammed	jam	200	Movement.Transportation.Unspecified=1
T	jams	jam	150	Movement.Transportation.Unspecified=1
T	jar	jar	400	Conflict.Attack.Unspecified=2;Conflict.Demonstrate.DemonstrateWithViolence=1;Disaster.Crash.Unspecified=1
T	jared	jar	400	Conflict.Attack.Unspecified=2;Conflict.Demonstrate.DemonstrateWithViolence=1;Disaster.Crash.Unspecified=1
T	jars	jar	400	Conflict.Attack.Unspecified=2;Conflict.Demonstrate.DemonstrateWithViolence=1;Disaster.Crash.Unspecified=1
T	jeopardise	jeopardise	400	Contact.ThreatenCoerce.Broadcast=1;Contact.ThreatenCoerce.Unspecified=1
T	jeopardised	jeopardise	400	Contact.ThreatenCoerce.Broadcast=1;Contact.ThreatenCoerce.Unspecified=1
T	jeopardises	jeopardise	400	Contact.ThreatenCoerce.Broadcast=1;Contact.ThreatenCoerce.Unspecified=1
T	jeopardising	jeopardise	400	Contact.ThreatenCoerce.Broadcast=1;Contact.ThreatenCoerce.Unspecified=1
T	jeopardize	jeopardize	400	Contact.ThreatenCoerce.Broadcast=1;Contact.ThreatenCoerce.Unspecified=1
T	jeopardized	jeopardize	400	Contact.ThreatenCoerce.Broadcast=1;Contact.ThreatenCoerce.Unspecified=1
T	jeopardizes	jeopardize	400	Contact.ThreatenCoerce.Broadcast=1;Contact.ThreatenCoerce.Unspecified=1
T	jeopardizing	jeopardize	400	Contact.ThreatenCoerce.Broadcast=1;Contact.ThreatenCoerce.Unspecified=1
T	keep	keep	49	Contact.Contact.Unspecified=1
T	keeping	keep	114	Contact.Contact.Unspecified=1
T	keeps	keep	114	Contact.Contact.Unspecified=1
T	kept	keep	86	Contact.Contact.Unspecified=1
T	kerb	kerb	400	Control.ImpedeInterfereWith.Unspecified=1
T	kick	kick	550	Life.Injure.Unspecified=1
T	kicked	kick	550	Life.Injure.Unspecified=1
T	kicking	kick	550	Life.Injure.Unspecified=1
T	kicks	kick	550	Life.Injure.Unspecified=1
T	kill	kill	941	Life.Die.Unspecified=95
T	killed	kill	993	Life.Die.Unspecified=95
T	killer	killer	120	Life.Die.Unspecified=23
T	killing	kill	882	Life.Die.Unspecified=95
T	killings	killing	532	Life.Die.Unspecified=19
T	kills	kill	955	Life.Die.Unspecified=95
T	lading	lading	400	Movement.Transportation.Unspecified=1
T	lag	lag	400	Justice.ArrestJailDetain.Unspecified=1;Movement.Transportation.Unspecified=1
T	lagged	lag	400	Justice.ArrestJailDetain.Unspecified=1;Movement.Transportation.Unspecified=1
T	lagging	lag	400	Justice.ArrestJailDetain.Unspecified=1;Movement.Transportation.Unspecified=1
T	lags	lag	400	Justice.ArrestJailDetain.Unspecified=1;Movement.Transportation.Unspecified=1
T	laid	lay	267	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	lay	lie	103	Contact.Prevarication.Unspecified=4
T	layer	lay	267	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	laying	lay	267	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	layoff	layoff	550	Personnel.EndPosition.Unspecified=2
T	layoffs	layoff	550	Personnel.EndPosition.Unspecified=2
T	lays	lay	267	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	lead	lead	133	Movement.Transportation.Unspecified=1
T	leaded	lead	133	Movement.Transportation.Unspecified=1
T	leading	lead	67	Movement.Transportation.Unspecified=1
T	leads	lead	133	Movement.Transportation.Unspecified=1
T	league	league	400	Contact.Contact.Meet=1
T	leagues	league	400	Contact.Contact.Meet=1
T	learn	learn	267	Contact.RequestCommand.Unspecified=1
T	learned	learn	200	Contact.RequestCommand.Unspecified=1
T	learning	learn	267	Contact.RequestCommand.Unspecified=1
T	learnt	learn	267	Contact.RequestCommand.Unspecified=1
T	lease	lease	400	Transaction.ExchangeBuySell.Unspecified=2
T	leased	lease	400	Transaction.ExchangeBuySell.Unspecified=2
T	leasees	lease	400	Transaction.ExchangeBuySell.Unspecified=2
T	leases	lease	400	Transaction.ExchangeBuySell.Unspecified=2
T	leasing	lease	400	Transaction.ExchangeBuySell.Unspecified=2
T	leave	leave	280	Movement.Transportation.Unspecified=3
T	leavers	leaver	400	Movement.Transportation.Unspecified=1
T	leaves	leave	210	Movement.Transportation.Unspecified=3
T	leaving	leave	368	Movement.Transportation.Unspecified=3
T	led	lead	100	Movement.Transportation.Unspecified=1
T	left	leave	105	Movement.Transportation.Unspecified=3
T	legislate	legislate	550	Government.Legislate.Unspecified=4
T	legislated	legislate	550	Government.Legislate.Unspecified=4
T	legislating	legislate	550	Government.Legislate.Unspecified=4
T	legislation	legislation	400	Government.Legislate.Unspecified=1
T	legislator	legislator	400	Government.Legislate.Unspecified=1
T	legislators	legislator	400	Government.Legislate.Unspecified=1
T	legislature	legislature	120	Government.Legislate.Unspecified=1
T	legislatures	legislature	200	Government.Legislate.Unspecified=1
T	lend	lend	550	Transaction.ExchangeBuySell.Unspecified=2
T	lending	lend	550	Transaction.ExchangeBuySell.Unspecified=2
T	lendings	lending	550	Transaction.ExchangeBuySell.Unspecified=1
T	lends	lend	550	Transaction.ExchangeBuySell.Unspecified=2
T	lent	lend	550	Transaction.ExchangeBuySell.Unspecified=2
T	let	let	400	Transaction.ExchangeBuySell.Unspecified=2
T	lets	let	400	Transaction.ExchangeBuySell.Unspecified=2
T	letting	let	400	Transaction.ExchangeBuySell.Unspecified=2
T	liberate	liberate	400	Justice.ReleaseParole.Unspecified=3
T	liberated	liberate	400	Justice.ReleaseParole.Unspecified=3
T	liberation	liberation	400	Justice.ReleaseParole.Unspecified=3
T	lie	lie	103	Contact.Prevarication.Unspecified=4
T	lied	lie	138	Contact.Prevarication.Unspecified=4
T	lies	lie	138	Contact.Prevarication.Unspecified=4
T	load	load	160	Movement.Transportation.Unspecified=1
T	loaded	load	96	Movement.Transportation.Unspecified=1
T	loading	load	160	Movement.Transportation.Unspecified=1
T	loadings	loading	400	Movement.Transportation.Unspecified=1
T	loads	load	120	Movement.Transportation.Unspecified=1
T	loan	loan	550	Transaction.ExchangeBuySell.Unspecified=5
T	loaned	loan	550	Transaction.ExchangeBuySell.Unspecified=5
T	loans	loan	550	Transaction.ExchangeBuySell.Unspecified=5
T	look	look	96	Justice.InvestigateCrime.Unspecified=1
T	looked	look	160	Justice.InvestigateCrime.Unspecified=1
T	looking	look	120	Justice.InvestigateCrime.Unspecified=1
T	looks	look	160	Justice.InvestigateCrime.Unspecified=1
T	loose	loose	400	Justice.ReleaseParole.Unspecified=3
T	looser	loose	400	Justice.ReleaseParole.Unspecified=3
T	loot	loot	400	ArtifactExistence.DamageDestroyDisableDismantle.Destroy=1;ArtifactExistence.DamageDestroyDisableDismantle.Unspecified=1
T	looting	loot	400	ArtifactExistence.DamageDestroyDisableDismantle.Destroy=1;ArtifactExistence.DamageDestroyDisableDismantle.Unspecified=1
T	lose	lose	200	Personnel.EndPosition.Unspecified=3
T	loser	loser	400	Personnel.EndPosition.Unspecified=1
T	losers	loser	400	Personnel.EndPosition.Unspecified=1
T	loses	lose	200	Personnel.EndPosition.Unspecified=3
T	losing	lose	86	Personnel.EndPosition.Unspecified=3
T	lost	lose	400	Personnel.EndPosition.Unspecified=3
T	lurking	lurk	400	Conflict.Attack.Unspecified=1
T	lying	lie	59	Contact.Prevarication.Unspecified=4
T	made	make	67	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	maim	maim	467	Life.Injure.Unspecified=3
T	maiming	maim	600	Life.Injure.Unspecified=3
T	maintain	maintain	200	Contact.Contact.Unspecified=1
T	maintained	maintain	267	Contact.Contact.Unspecified=1
T	maintaining	maintain	267	Contact.Contact.Unspecified=1
T	maintains	maintain	267	Contact.Contact.Unspecified=1
T	make	make	59	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	makes	make	157	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	making	make	118	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	maladies	malady	400	Life.Injure.Unspecified=2
T	manufacture	manufacture	367	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	manufactured	manufacture	367	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	manufactures	manufacture	275	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	manufacturing	manufacture	367	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	mar	mar	400	Conflict.Demonstrate.Unspecified=1
T	march	march	307	Conflict.Demonstrate.Unspecified=3
T	marched	march	280	Conflict.Demonstrate.Unspecified=3
T	marches	march	280	Conflict.Demonstrate.Unspecified=3
T	marching	march	280	Conflict.Demonstrate.Unspecified=3
T	mark	mark	267	Movement.Transportation.Unspecified=1
T	marked	mark	267	Movement.Transportation.Unspecified=1
T	marking	mark	200	Movement.Transportation.Unspecified=1
T	marks	mark	267	Movement.Transportation.Unspecified=1
T	marred	mar	400	Conflict.Demonstrate.Unspecified=1
T	mars	mar	400	Conflict.Demonstrate.Unspecified=1
T	massacre	massacre	550	Life.Die.Unspecified=9;Conflict.Attack.Unspecified=7
T	massacred	massacre	550	Life.Die.Unspecified=9;Conflict.Attack.Unspecified=7
T	massacres	massacre	550	Life.Die.Unspecified=9;Conflict.Attack.Unspecified=7
T	massacring	massacre	550	Life.Die.Unspecified=9;Conflict.Attack.Unspecified=7
T	meet	meet	332	Contact.Contact.Meet=12;Contact.Contact.Unspecified=5
T	meeting	meet	476	Contact.Contact.Meet=12;Contact.Contact.Unspecified=5
T	meetings	meeting	517	Contact.Contact.Meet=9;Contact.Contact.Unspecified=1
T	meets	meet	443	Contact.Contact.Meet=12;Contact.Contact.Unspecified=5
T	meridian	meridian	400	Contact.Contact.Meet=1
T	met	meet	443	Contact.Contact.Meet=12;Contact.Contact.Unspecified=5
T	migrate	migrate	550	Movement.Transportation.Unspecified=2
T	migrates	migrate	550	Movement.Transportation.Unspecified=2
T	migrating	migrate	550	Movement.Transportation.Unspecified=2
T	misdemeanors	misdemeanor	400	GenericCrime.GenericCrime.GenericCrime=1
T	misguided	misguide	400	Contact.Prevarication.Unspecified=2
T	misinform	misinform	400	Contact.Prevarication.Unspecified=2
T	mislead	mislead	550	Contact.Prevarication.Unspecified=10
T	misleading	mislead	550	Contact.Prevarication.Unspecified=10
T	misled	mislead	550	Contact.Prevarication.Unspecified=10
T	miss	miss	200	Movement.Transportation.Evacuation=1;Movement.Transportation.Unspecified=1
T	missed	miss	200	Movement.Transportation.Evacuation=1;Movement.Transportation.Unspecified=1
T	misses	miss	200	Movement.Transportation.Evacuation=1;Movement.Transportation.Unspecified=1
T	missing	miss	120	Movement.Transportation.Evacuation=1;Movement.Transportation.Unspecified=1
T	moderate	moderate	400	Control.ImpedeInterfereWith.Unspecified=1
T	moderated	moderate	400	Control.ImpedeInterfereWith.Unspecified=1
T	moderates	moderate	400	Control.ImpedeInterfereWith.Unspecified=1
T	moderating	moderate	400	Control.ImpedeInterfereWith.Unspecified=1
T	moot	moot	400	Contact.Contact.Meet=1;Contact.Contact.Unspecified=1
T	mooted	moot	400	Contact.Contact.Meet=1;Contact.Contact.Unspecified=1
T	motion	motion	400	Movement.Transportation.Unspecified=2
T	motions	motion	400	Movement.Transportation.Unspecified=2
T	motor	motor	400	Movement.Transportation.Unspecified=1
T	motoring	motor	400	Movement.Transportation.Unspecified=1
T	motors	motor	400	Movement.Transportation.Unspecified=1
T	mouth	mouth	200	Contact.Contact.Meet=1
T	mouths	mouth	267	Contact.Contact.Meet=1
T	move	move	467	Movement.Transportation.Unspecified=3
T	moved	move	600	Movement.Transportation.Unspecified=3
T	movement	movement	140	Movement.Transportation.Unspecified=3
T	movements	movement	340	Movement.Transportation.Unspecified=3
T	moves	move	467	Movement.Transportation.Unspecified=3
T	moving	move	467	Movement.Transportation.Unspecified=3
T	murder	murder	515	Conflict.Attack.Unspecified=3;Life.Die.Unspecified=3
T	murdered	murder	525	Conflict.Attack.Unspecified=3;Life.Die.Unspecified=3
T	murders	murder	525	Conflict.Attack.Unspecified=3;Life.Die.Unspecified=3
T	mutilate	mutilate	700	Life.Injure.Unspecified=5
T	mutilated	mutilate	775	Life.Injure.Unspecified=5
T	nab	nab	400	Justice.ArrestJailDetain.Unspecified=6;Movement.Transportation.Unspecified=1
T	nabs	nab	400	Justice.ArrestJailDetain.Unspecified=6;Movement.Transportation.Unspecified=1
T	nail	nail	400	Justice.ArrestJailDetain.Unspecified=6;Conflict.Attack.DetonateExplode=2;Movement.Transportation.Unspecified=1
T	nails	nail	400	Justice.ArrestJailDetain.Unspecified=6;Conflict.Attack.DetonateExplode=2;Movement.Transportation.Unspecified=1
T	name	name	60	Contact.Contact.Unspecified=3;Contact.RequestCommand.Unspecified=2;Personnel.StartPosition.Unspecified=2;Cognitive.IdentifyCategorize.Unspecified=1
T	named	name	150	Contact.Contact.Unspecified=3;Contact.RequestCommand.Unspecified=2;Personnel.StartPosition.Unspecified=2;Cognitive.IdentifyCategorize.Unspecified=1
T	names	name	200	Contact.Contact.Unspecified=3;Contact.RequestCommand.Unspecified=2;Personnel.StartPosition.Unspecified=2;Cognitive.IdentifyCategorize.Unspecified=1
T	naming	name	150	Contact.Contact.Unspecified=3;Contact.RequestCommand.Unspecified=2;Personnel.StartPosition.Unspecified=2;Cognitive.IdentifyCategorize.Unspecified=1
T	near	near	92	Movement.Transportation.Unspecified=1
T	neared	near	400	Movement.Transportation.Unspecified=1
T	nearer	near	400	Movement.Transportation.Unspecified=1
T	nearest	near	400	Movement.Transportation.Unspecified=1
T	nearing	near	400	Movement.Transportation.Unspecified=1
T	nears	near	400	Movement.Transportation.Unspecified=1
T	necessitate	necessitate	400	Contact.RequestCommand.Unspecified=2
T	necessitated	necessitate	400	Contact.RequestCommand.Unspecified=2
T	necessitating	necessitate	400	Contact.RequestCommand.Unspecified=2
T	need	need	80	Contact.RequestCommand.Unspecified=2
T	needed	need	160	Contact.RequestCommand.Unspecified=2
T	needing	need	160	Contact.RequestCommand.Unspecified=2
T	needs	need	160	Contact.RequestCommand.Unspecified=2
T	neglect	neglect	400	Conflict.Attack.DetonateExplode=1
T	neglected	neglect	400	Conflict.Attack.DetonateExplode=1
T	neglecting	neglect	400	Conflict.Attack.DetonateExplode=1
T	negotiate	negotiate	550	Contact.Contact.Meet=8;Contact.Contact.Unspecified=2
T	negotiated	negotiate	550	Contact.Contact.Meet=8;Contact.Contact.Unspecified=2
T	negotiates	negotiate	550	Contact.Contact.Meet=8;Contact.Contact.Unspecified=2
T	negotiating	negotiate	550	Contact.Contact.Meet=8;Contact.Contact.Unspecified=2
T	negotiation	negotiation	400	Contact.Contact.Meet=2;Contact.Contact.Unspecified=1
T	negotiations	negotiation	400	Contact.Contact.Meet=2;Contact.Contact.Unspecified=1
T	negotiator	negotiator	400	Contact.Contact.Meet=2;Contact.Contact.Unspecified=1
T	negotiators	negotiator	400	Contact.Contact.Meet=2;Contact.Contact.Unspecified=1
T	nominate	nominate	400	Personnel.StartPosition.Unspecified=2
T	nominated	nominate	400	Personnel.StartPosition.Unspecified=2
T	notified	notify	400	Contact.RequestCommand.Unspecified=1
T	notify	notify	400	Contact.RequestCommand.Unspecified=1
T	notifying	notify	400	Contact.RequestCommand.Unspecified=1
T	number	number	57	Contact.Contact.Broadcast=3
T	numbered	number	133	Contact.Contact.Broadcast=3
T	numbers	number	133	Contact.Contact.Broadcast=3
T	oath	oath	550	Contact.Contact.Unspecified=5
T	objection	objection	400	Conflict.Demonstrate.Unspecified=2
T	objections	objection	400	Conflict.Demonstrate.Unspecified=2
T	obligate	obligate	400	Contact.ThreatenCoerce.Unspecified=1
T	obligated	obligate	400	Contact.ThreatenCoerce.Unspecified=1
T	obligates	obligate	400	Contact.ThreatenCoerce.Unspecified=1
T	obligation	obligation	400	Contact.ThreatenCoerce.Unspecified=1
T	obligations	obligation	400	Contact.ThreatenCoerce.Unspecified=1
T	oblige	oblige	467	Contact.ThreatenCoerce.Unspecified=3
T	obliged	oblige	467	Contact.ThreatenCoerce.Unspecified=3
T	obliges	oblige	467	Contact.ThreatenCoerce.Unspecified=3
T	obliging	oblige	600	Contact.ThreatenCoerce.Unspecified=3
T	observe	observe	400	Cognitive.Inspection.SensoryObserve=1
T	observed	observe	400	Cognitive.Inspection.SensoryObserve=1
T	observes	observe	400	Cognitive.Inspection.SensoryObserve=1
T	observing	observe	400	Cognitive.Inspection.SensoryObserve=1
T	obstructed	obstruct	550	Movement.Transportation.Unspecified=3
T	obstructing	obstruct	550	Movement.Transportation.Unspecified=3
T	obstruction	obstruction	165	Movement.Transportation.Unspecified=3
T	obstructs	obstruct	550	Movement.Transportation.Unspecified=3
T	obtain	obtain	275	Transaction.ExchangeBuySell.Unspecified=3
T	obtained	obtain	367	Transaction.ExchangeBuySell.Unspecified=3
T	obtaining	obtain	367	Transaction.ExchangeBuySell.Unspecified=3
T	obtains	obtain	367	Transaction.ExchangeBuySell.Unspecified=3
T	occupied	occupy	400	Conflict.Attack.Unspecified=1;Conflict.Demonstrate.Unspecified=1;Medical.Intervention.Unspecified=1
T	occupy	occupy	400	Conflict.Attack.Unspecified=1;Conflict.Demonstrate.Unspecified=1;Medical.Intervention.Unspecified=1
T	occupying	occupy	400	Conflict.Attack.Unspecified=1;Conflict.Demonstrate.Unspecified=1;Medical.Intervention.Unspecified=1
T	off	off	80	Life.Die.Unspecified=2;Conflict.Attack.Unspecified=1
T	offence	offence	400	GenericCrime.GenericCrime.GenericCrime=2
T	offences	offence	400	GenericCrime.GenericCrime.GenericCrime=2
T	offense	offense	400	GenericCrime.GenericCrime.GenericCrime=2
T	offer	off	200	Life.Die.Unspecified=2;Conflict.Attack.Unspecified=1
T	offing	off	267	Life.Die.Unspecified=2;Conflict.Attack.Unspecified=1
T	offs	off	267	Life.Die.Unspecified=2;Conflict.Attack.Unspecified=1
T	okay	okay	400	Control.ImpedeInterfereWith.Unspecified=2
T	onset	onset	400	Conflict.Attack.Unspecified=13;Conflict.Attack.DetonateExplode=8;Life.Injure.Unspecified=1
T	onslaught	onslaught	400	Conflict.Attack.Unspecified=13;Conflict.Attack.DetonateExplode=8;Life.Injure.Unspecified=1
T	open	open	210	Justice.InvestigateCrime.Unspecified=3
T	opened	open	368	Justice.InvestigateCrime.Unspecified=3
T	opener	open	280	Justice.InvestigateCrime.Unspecified=3
T	opening	open	280	Justice.InvestigateCrime.Unspecified=3
T	openings	opening	400	Justice.InvestigateCrime.Unspecified=1
T	opens	open	280	Justice.InvestigateCrime.Unspecified=3
T	opposition	opposition	92	Control.ImpedeInterfereWith.Unspecified=1
T	oppressed	oppress	400	Control.ImpedeInterfereWith.Unspecified=1
T	orbit	orbit	400	Movement.Transportation.Unspecified=1
T	order	order	93	Contact.RequestCommand.Broadcast=3
T	ordered	order	210	Contact.RequestCommand.Broadcast=3
T	ordering	order	156	Contact.RequestCommand.Broadcast=3
T	orders	order	117	Contact.RequestCommand.Broadcast=3
T	oust	oust	550	Personnel.EndPosition.Unspecified=5
T	ousted	oust	550	Personnel.EndPosition.Unspecified=5
T	ouster	ouster	400	Personnel.EndPosition.Unspecified=1
T	ousting	oust	550	Personnel.EndPosition.Unspecified=5
T	outbreak	outbreak	410	Disaster.DiseaseOutbreak.Unspecified=3
T	outbreaks	outbreak	350	Disaster.DiseaseOutbreak.Unspecified=3
T	outrage	outrage	267	Conflict.Attack.Unspecified=2;Life.Injure.Unspecified=2
T	outraged	outrage	267	Conflict.Attack.Unspecified=2;Life.Injure.Unspecified=2
T	outrages	outrage	200	Conflict.Attack.Unspecified=2;Life.Injure.Unspecified=2
T	outraging	outrage	267	Conflict.Attack.Unspecified=2;Life.Injure.Unspecified=2
T	pack	pack	400	Conflict.Attack.DetonateExplode=1;Movement.Transportation.Unspecified=1
T	packed	pack	400	Conflict.Attack.DetonateExplode=1;Movement.Transportation.Unspecified=1
T	packing	pack	400	Conflict.Attack.DetonateExplode=1;Movement.Transportation.Unspecified=1
T	pact	pact	550	Contact.Agreement.Unspecified=3
T	pacts	pact	550	Contact.Agreement.Unspecified=3
T	paid	pay	165	Transaction.ExchangeBuySell.Unspecified=6
T	pass	pass	275	Life.Die.Unspecified=4
T	passed	pass	367	Life.Die.Unspecified=4
T	passes	pass	367	Life.Die.Unspecified=4
T	passing	pass	367	Life.Die.Unspecified=4
T	pay	pay	132	Transaction.ExchangeBuySell.Unspecified=6
T	payed	pay	220	Transaction.ExchangeBuySell.Unspecified=6
T	payer	payer	400	Transaction.ExchangeBuySell.Unspecified=1
T	payers	payer	400	Transaction.ExchangeBuySell.Unspecified=1
T	paying	pay	220	Transaction.ExchangeBuySell.Unspecified=6
T	payload	payload	400	Movement.Transportation.Unspecified=1
T	payloads	payload	400	Movement.Transportation.Unspecified=1
T	payment	payment	550	Transaction.ExchangeBuySell.Unspecified=4
T	payments	payment	550	Transaction.ExchangeBuySell.Unspecified=4
T	payoff	payoff	400	Conflict.Demonstrate.Unspecified=1;Medical.Intervention.Unspecified=1
T	payoffs	payoff	400	Conflict.Demonstrate.Unspecified=1;Medical.Intervention.Unspecified=1
T	pays	pay	220	Transaction.ExchangeBuySell.Unspecified=6
T	peak	peak	267	Contact.Contact.Meet=1
T	peaked	peak	267	Contact.Contact.Meet=1
T	peaking	peak	267	Contact.Contact.Meet=1
T	peaks	peak	200	Contact.Contact.Meet=1
T	pellet	pellet	267	Conflict.Attack.Unspecified=1;Life.Die.Unspecified=1
T	pellets	pellet	200	Conflict.Attack.Unspecified=1;Life.Die.Unspecified=1
T	performance	performance	400	Justice.Sentence.Unspecified=1;Life.Die.Unspecified=1
T	performances	performance	400	Justice.Sentence.Unspecified=1;Life.Die.Unspecified=1
T	perils	peril	400	Contact.ThreatenCoerce.Broadcast=1;Contact.ThreatenCoerce.Unspecified=1
T	perished	perish	400	Life.Die.Unspecified=7;Conflict.Attack.DetonateExplode=1
T	perpetrated	perpetrate	400	GenericCrime.GenericCrime.GenericCrime=1
T	perpetrating	perpetrate	400	GenericCrime.GenericCrime.GenericCrime=1
T	petition	petition	400	Contact.RequestCommand.Unspecified=1
T	petitioned	petition	400	Contact.RequestCommand.Unspecified=1
T	petitioning	petition	400	Contact.RequestCommand.Unspecified=1
T	petitions	petition	400	Contact.RequestCommand.Unspecified=1
T	phone	phone	69	Contact.Contact.Unspecified=2
T	phoned	phone	86	Contact.Contact.Unspecified=2
T	phones	phone	69	Contact.Contact.Unspecified=2
T	pick	pick	150	Contact.Contact.Unspecified=1
T	picked	pick	150	Contact.Contact.Unspecified=1
T	picking	pick	200	Contact.Contact.Unspecified=1
T	picks	pick	200	Contact.Contact.Unspecified=1
T	piece	piece	120	Conflict.Attack.Unspecified=1
T	pieced	piece	160	Conflict.Attack.Unspecified=1
T	pieces	piece	96	Conflict.Attack.Unspecified=1
T	pinch	pinch	400	Justice.ArrestJailDetain.Unspecified=6;Movement.Transportation.Unspecified=1
T	pinnacle	pinnacle	400	Contact.Contact.Meet=1
T	pipes	pip	400	Conflict.Attack.Unspecified=3;Life.Die.Unspecified=1;Life.Injure.Unspecified=1
T	piping	pip	400	Conflict.Attack.Unspecified=3;Life.Die.Unspecified=1;Life.Injure.Unspecified=1
T	place	place	78	ArtifactExistence.ManufactureAssemble.Unspecified=3
T	placed	place	293	ArtifactExistence.ManufactureAssemble.Unspecified=3
T	placement	placement	400	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	placements	placement	400	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	places	place	93	ArtifactExistence.ManufactureAssemble.Unspecified=3
T	placing	place	156	ArtifactExistence.ManufactureAssemble.Unspecified=3
T	plant	plant	262	ArtifactExistence.ManufactureAssemble.Unspecified=3
T	planted	plant	512	ArtifactExistence.ManufactureAssemble.Unspecified=3
T	planter	planter	400	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	planters	planter	400	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	planting	plant	350	ArtifactExistence.ManufactureAssemble.Unspecified=3
T	plantings	planting	400	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	plants	plant	350	ArtifactExistence.ManufactureAssemble.Unspecified=3
T	pledge	pledge	275	Contact.Contact.Unspecified=5
T	pledged	pledge	206	Contact.Contact.Unspecified=5
T	pledges	pledge	275	Contact.Contact.Unspecified=5
T	pledging	pledge	206	Contact.Contact.Unspecified=5
T	plies	ply	400	Transaction.Donation.Unspecified=1;Transaction.ExchangeBuySell.Unspecified=1
T	plight	plight	400	Contact.Contact.Unspecified=1
T	plow	plow	400	Contact.Agreement.Unspecified=1
T	plowed	plow	400	Contact.Agreement.Unspecified=1
T	plowing	plow	400	Contact.Agreement.Unspecified=1
T	plunder	plunder	400	ArtifactExistence.DamageDestroyDisableDismantle.Destroy=1;ArtifactExistence.DamageDestroyDisableDismantle.Unspecified=1;Life.Injure.Unspecified=1;Personnel.EndPosition.Unspecified=1
T	plunge	plunge	550	Movement.Transportation.Unspecified=2
T	plunged	plunge	550	Movement.Transportation.Unspecified=2
T	plunges	plunge	550	Movement.Transportation.Unspecified=2
T	plunging	plunge	550	Movement.Transportation.Unspecified=2
T	ply	ply	400	Transaction.Donation.Unspecified=1;Transaction.ExchangeBuySell.Unspecified=1
T	plying	ply	400	Transaction.Donation.Unspecified=1;Transaction.ExchangeBuySell.Unspecified=1
T	pocket	pocket	200	Personnel.EndPosition.Unspecified=1
T	pocketing	pocket	267	Personnel.EndPosition.Unspecified=1
T	pockets	pocket	267	Personnel.EndPosition.Unspecified=1
T	poison	poison	550	Conflict.Attack.Unspecified=3
T	poisoned	poison	550	Conflict.Attack.Unspecified=3
T	poisoning	poison	550	Conflict.Attack.Unspecified=3
T	poisonings	poisoning	400	Conflict.Attack.Unspecified=1
T	poisons	poison	550	Conflict.Attack.Unspecified=3
T	poking	poke	400	Personnel.EndPosition.Unspecified=1
T	pose	pose	400	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	posed	pose	400	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	poses	pose	400	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	posing	pose	400	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	position	position	267	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	positioned	position	267	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	positioning	position	200	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	positions	position	267	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	present	present	467	Contact.Contact.Unspecified=3
T	presentation	presentation	400	Conflict.Demonstrate.Unspecified=1;Contact.Contact.Unspecified=1
T	presentations	presentation	400	Conflict.Demonstrate.Unspecified=1;Contact.Contact.Unspecified=1
T	presented	present	600	Contact.Contact.Unspecified=3
T	presenting	present	467	Contact.Contact.Unspecified=3
T	presents	present	467	Contact.Contact.Unspecified=3
T	press	press	120	Contact.RequestCommand.Unspecified=4;Contact.RequestCommand.Broadcast=1;Contact.ThreatenCoerce.Broadcast=1
T	pressed	press	200	Contact.RequestCommand.Unspecified=4;Contact.RequestCommand.Broadcast=1;Contact.ThreatenCoerce.Broadcast=1
T	presses	press	200	Contact.RequestCommand.Unspecified=4;Contact.RequestCommand.Broadcast=1;Contact.ThreatenCoerce.Broadcast=1
T	pressing	press	200	Contact.RequestCommand.Unspecified=4;Contact.RequestCommand.Broadcast=1;Contact.ThreatenCoerce.Broadcast=1
T	pressure	pressure	117	Contact.ThreatenCoerce.Broadcast=3
T	pressured	pressure	233	Contact.ThreatenCoerce.Broadcast=3
T	pressures	pressure	233	Contact.ThreatenCoerce.Broadcast=3
T	pressuring	pressure	425	Contact.ThreatenCoerce.Broadcast=3
T	pressurise	pressurise	400	Contact.ThreatenCoerce.Broadcast=1
T	pressurised	pressurise	400	Contact.ThreatenCoerce.Broadcast=1
T	pressurized	pressurize	400	Contact.ThreatenCoerce.Broadcast=1
T	prevarication	prevarication	400	Contact.Prevarication.Unspecified=1
T	probe	probe	200	Justice.InvestigateCrime.Unspecified=2
T	probed	probe	267	Justice.InvestigateCrime.Unspecified=2
T	probes	probe	267	Justice.InvestigateCrime.Unspecified=2
T	probing	probe	267	Justice.InvestigateCrime.Unspecified=2
T	proceed	proceed	400	Conflict.Attack.DetonateExplode=1
T	proceeded	proceed	400	Conflict.Attack.DetonateExplode=1
T	proceeding	proceeding	550	Justice.ChargeIndict.Unspecified=1;Justice.TrialHearing.Unspecified=1
T	proceedings	proceedings	550	Justice.ChargeIndict.Unspecified=1;Justice.TrialHearing.Unspecified=1
T	proceeds	proceeds	400	Conflict.Demonstrate.Unspecified=1;Medical.Intervention.Unspecified=1
T	process	process	400	Conflict.Demonstrate.Unspecified=1
T	processed	process	400	Conflict.Demonstrate.Unspecified=1
T	processes	process	400	Conflict.Demonstrate.Unspecified=1
T	processing	process	400	Conflict.Demonstrate.Unspecified=1
T	proclaimed	proclaim	550	Contact.Contact.Unspecified=1
T	proclaims	proclaim	550	Contact.Contact.Unspecified=1
T	prod	prod	400	Contact.RequestCommand.Unspecified=1
T	prodding	prod	400	Contact.RequestCommand.Unspecified=1
T	produce	produce	367	ArtifactExistence.ManufactureAssemble.Unspecified=4
T	produced	produce	367	ArtifactExistence.ManufactureAssemble.Unspecified=4
T	producer	producer	400	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	producers	producer	400	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	produces	produce	367	ArtifactExistence.ManufactureAssemble.Unspecified=4
T	producing	produce	275	ArtifactExistence.ManufactureAssemble.Unspecified=4
T	product	product	400	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	products	product	400	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	professed	profess	550	Contact.Contact.Unspecified=4
T	professing	profess	550	Contact.Contact.Unspecified=4
T	profits	profits	400	Personnel.Elect.Unspecified=1
T	program	program	267	Contact.Contact.Broadcast=2
T	programing	program	267	Contact.Contact.Broadcast=2
T	programme	programme	200	Contact.Contact.Broadcast=2
T	programmed	program	267	Contact.Contact.Broadcast=2
T	programmes	program	267	Contact.Contact.Broadcast=2
T	programming	program	267	Contact.Contact.Broadcast=2
T	programs	program	200	Contact.Contact.Broadcast=2
T	progress	progress	400	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	progressed	progress	400	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	progresses	progress	400	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	progressing	progress	400	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	prohibition	prohibition	400	Contact.RequestCommand.Unspecified=1
T	promise	promise	275	Contact.Contact.Unspecified=7
T	promised	promise	165	Contact.Contact.Unspecified=7
T	promises	promise	275	Contact.Contact.Unspecified=7
T	promising	promise	275	Contact.Contact.Unspecified=7
T	properties	property	400	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	property	property	400	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	propose	propose	400	Contact.RequestCommand.Unspecified=1
T	proposed	propose	400	Contact.RequestCommand.Unspecified=1
T	proposes	propose	400	Contact.RequestCommand.Unspecified=1
T	proposing	propose	400	Contact.RequestCommand.Unspecified=1
T	protest	protest	232	Conflict.Demonstrate.Unspecified=11
T	protested	protest	388	Conflict.Demonstrate.Unspecified=11
T	protesters	protester	57	Conflict.Demonstrate.Unspecified=2
T	protesting	protest	388	Conflict.Demonstrate.Unspecified=11
T	protests	protest	452	Conflict.Demonstrate.Unspecified=11
T	prove	prove	150	Justice.ChargeIndict.Unspecified=1;Justice.TrialHearing.Unspecified=1
T	proved	prove	150	Justice.ChargeIndict.Unspecified=1;Justice.TrialHearing.Unspecified=1
T	proven	prove	200	Justice.ChargeIndict.Unspecified=1;Justice.TrialHearing.Unspecified=1
T	proves	prove	200	Justice.ChargeIndict.Unspecified=1;Justice.TrialHearing.Unspecified=1
T	provide	provide	367	Transaction.Donation.Unspecified=3;Transaction.ExchangeBuySell.Unspecified=1
T	provided	provide	275	Transaction.Donation.Unspecified=3;Transaction.ExchangeBuySell.Unspecified=1
T	provider	provider	267	Transaction.Donation.Unspecified=1;Transaction.ExchangeBuySell.Unspecified=1
T	providers	provider	200	Transaction.Donation.Unspecified=1;Transaction.ExchangeBuySell.Unspecified=1
T	provides	provide	367	Transaction.Donation.Unspecified=3;Transaction.ExchangeBuySell.Unspecified=1
T	providing	provide	367	Transaction.Donation.Unspecified=3;Transaction.ExchangeBuySell.Unspecified=1
T	province	province	150	Contact.Contact.Broadcast=1
T	provinces	province	400	Contact.Contact.Broadcast=1
T	proving	prove	200	Justice.ChargeIndict.Unspecified=1;Justice.TrialHearing.Unspecified=1
T	provision	provision	400	Transaction.Donation.Unspecified=1;Transaction.ExchangeBuySell.Unspecified=1
T	provisioning	provision	400	Transaction.Donation.Unspecified=1;Transaction.ExchangeBuySell.Unspecified=1
T	provisions	provision	400	Transaction.Donation.Unspecified=1;Transaction.ExchangeBuySell.Unspecified=1
T	publish	publish	200	Contact.Contact.Broadcast=3
T	published	publish	120	Contact.Contact.Broadcast=3
T	publishes	publish	200	Contact.Contact.Broadcast=3
T	publishing	publish	200	Contact.Contact.Broadcast=3
T	pull	pull	400	GenericCrime.GenericCrime.GenericCrime=1;Transaction.ExchangeBuySell.Unspecified=1
T	pulled	pull	400	GenericCrime.GenericCrime.GenericCrime=1;Transaction.ExchangeBuySell.Unspecified=1
T	pulling	pull	400	GenericCrime.GenericCrime.GenericCrime=1;Transaction.ExchangeBuySell.Unspecified=1
T	pulls	pull	400	GenericCrime.GenericCrime.GenericCrime=1;Transaction.ExchangeBuySell.Unspecified=1
T	pulsed	pulse	400	Life.Injure.Unspecified=1
T	pulses	pulse	400	Life.Injure.Unspecified=1
T	pulverized	pulverize	400	ArtifactExistence.DamageDestroyDisableDismantle.Destroy=1;ArtifactExistence.DamageDestroyDisableDismantle.Unspecified=1
T	punch	punch	550	Life.Injure.Unspecified=1
T	punched	punch	550	Life.Injure.Unspecified=1
T	punches	punch	550	Life.Injure.Unspecified=1
T	punching	punch	550	Life.Injure.Unspecified=1
T	puncture	puncture	550	ArtifactExistence.DamageDestroyDisableDismantle.Damage=1;ArtifactExistence.DamageDestroyDisableDismantle.Unspecified=1
T	punctured	puncture	550	ArtifactExistence.DamageDestroyDisableDismantle.Damage=1;ArtifactExistence.DamageDestroyDisableDismantle.Unspecified=1
T	purchase	purchase	700	Transaction.ExchangeBuySell.Unspecified=12
T	purchased	purchase	775	Transaction.ExchangeBuySell.Unspecified=12
T	purchaser	purchaser	400	Transaction.ExchangeBuySell.Unspecified=3
T	purchasers	purchaser	400	Transaction.ExchangeBuySell.Unspecified=3
T	purchases	purchase	700	Transaction.ExchangeBuySell.Unspecified=12
T	purchasing	purchase	700	Transaction.ExchangeBuySell.Unspecified=12
T	purpose	purpose	150	Conflict.Attack.DetonateExplode=1
T	purposes	purpose	150	Conflict.Attack.DetonateExplode=1
T	put	put	267	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	puts	put	267	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	putting	put	200	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	quest	quest	400	Contact.RequestCommand.Unspecified=1
T	question	question	100	Contact.Contact.Meet=1;Contact.Contact.Unspecified=1
T	questioned	question	100	Contact.Contact.Meet=1;Contact.Contact.Unspecified=1
T	questioning	question	133	Contact.Contact.Meet=1;Contact.Contact.Unspecified=1
T	questions	question	80	Contact.Contact.Meet=1;Contact.Contact.Unspecified=1
T	quit	quit	550	Personnel.EndPosition.Unspecified=1
T	quitting	quit	550	Personnel.EndPosition.Unspecified=1
T	rack	rack	400	Life.Injure.Unspecified=1
T	racked	rack	400	Life.Injure.Unspecified=1
T	racks	rack	400	Life.Injure.Unspecified=1
T	raid	raid	275	Conflict.Attack.Unspecified=3
T	raided	raid	275	Conflict.Attack.Unspecified=3
T	raider	raider	400	Conflict.Attack.Unspecified=1
T	raiders	raider	400	Conflict.Attack.Unspecified=1
T	raiding	raid	275	Conflict.Attack.Unspecified=3
T	raids	raid	165	Conflict.Attack.Unspecified=3
T	ran	run	60	Justice.TrialHearing.Unspecified=3;Justice.InvestigateCrime.Unspecified=1
T	rang	ring	400	Contact.Contact.Unspecified=1
T	range	range	120	Movement.Transportation.Unspecified=2
T	ranged	range	160	Movement.Transportation.Unspecified=2
T	ranges	range	120	Movement.Transportation.Unspecified=2
T	ranging	range	120	Movement.Transportation.Unspecified=2
T	ransacked	ransack	550	ArtifactExistence.DamageDestroyDisableDismantle.Destroy=2;ArtifactExistence.DamageDestroyDisableDismantle.Unspecified=2
T	rape	rape	550	Life.Injure.Unspecified=7
T	raped	rape	550	Life.Injure.Unspecified=7
T	reach	reach	467	Movement.Transportation.Unspecified=3
T	reached	reach	600	Movement.Transportation.Unspecified=3
T	reaches	reach	467	Movement.Transportation.Unspecified=3
T	reaching	reach	467	Movement.Transportation.Unspecified=3
T	reassert	reassert	400	Contact.Contact.Broadcast=1
T	reasserts	reassert	400	Contact.Contact.Broadcast=1
T	recall	recall	350	Contact.Contact.Unspecified=3
T	recalled	recall	512	Contact.Contact.Unspecified=3
T	recalling	recall	262	Contact.Contact.Unspecified=3
T	recalls	recall	350	Contact.Contact.Unspecified=3
T	recede	recede	400	Conflict.Yield.Unspecified=2;Movement.Transportation.Unspecified=1
T	receded	recede	400	Conflict.Yield.Unspecified=2;Movement.Transportation.Unspecified=1
T	recedes	recede	400	Conflict.Yield.Unspecified=2;Movement.Transportation.Unspecified=1
T	receding	recede	400	Conflict.Yield.Unspecified=2;Movement.Transportation.Unspecified=1
T	receive	receive	120	Transaction.ExchangeBuySell.Unspecified=1
T	received	receive	96	Transaction.ExchangeBuySell.Unspecified=1
T	receiveing	receive	160	Transaction.ExchangeBuySell.Unspecified=1
T	receives	receive	160	Transaction.ExchangeBuySell.Unspecified=1
T	receiving	receive	160	Transaction.ExchangeBuySell.Unspecified=1
T	recollect	recollect	400	Contact.Contact.Unspecified=1
T	recommend	recommend	367	Contact.RequestCommand.Unspecified=9
T	recommendation	recommendation	400	Contact.RequestCommand.Unspecified=2
T	recommendations	recommendation	400	Contact.RequestCommand.Unspecified=2
T	recommended	recommend	275	Contact.RequestCommand.Unspecified=9
T	recommending	recommend	367	Contact.RequestCommand.Unspecified=9
T	recommends	recommend	367	Contact.RequestCommand.Unspecified=9
T	recruit	recruit	275	Personnel.StartPosition.Unspecified=4
T	recruited	recruit	367	Personnel.StartPosition.Unspecified=4
T	recruiter	recruiter	200	Personnel.StartPosition.Unspecified=1
T	recruiting	recruit	367	Personnel.StartPosition.Unspecified=4
T	recruitment	recruitment	200	Personnel.StartPosition.Unspecified=1
T	recruits	recruit	367	Personnel.StartPosition.Unspecified=4
T	refuge	refuge	400	Movement.Transportation.Unspecified=1
T	reimburse	reimburse	550	Transaction.ExchangeBuySell.Unspecified=2
T	reimbursed	reimburse	550	Transaction.ExchangeBuySell.Unspecified=2
T	reimbursing	reimburse	550	Transaction.ExchangeBuySell.Unspecified=2
T	reiterate	reiterate	550	Contact.Contact.Unspecified=3
T	reiterated	reiterate	550	Contact.Contact.Unspecified=3
T	reiterating	reiterate	550	Contact.Contact.Unspecified=3
T	reiteration	reiteration	400	Contact.Contact.Unspecified=1
T	release	release	634	Justice.ReleaseParole.Unspecified=12
T	released	release	442	Justice.ReleaseParole.Unspecified=12
T	releases	release	512	Justice.ReleaseParole.Unspecified=12
T	releasing	release	512	Justice.ReleaseParole.Unspecified=12
T	relinquish	relinquish	400	Justice.ReleaseParole.Unspecified=3
T	relinquished	relinquish	400	Justice.ReleaseParole.Unspecified=3
T	relocation	relocation	400	Movement.Transportation.Unspecified=1
T	relocations	relocation	400	Movement.Transportation.Unspecified=1
T	remember	remember	200	Contact.Contact.Unspecified=1
T	remembered	remember	267	Contact.Contact.Unspecified=1
T	remembering	remember	267	Contact.Contact.Unspecified=1
T	remove	remove	200	Life.Die.Unspecified=2;Conflict.Attack.Unspecified=1
T	removed	remove	120	Life.Die.Unspecified=2;Conflict.Attack.Unspecified=1
T	removes	remove	200	Life.Die.Unspecified=2;Conflict.Attack.Unspecified=1
T	removing	remove	200	Life.Die.Unspecified=2;Conflict.Attack.Unspecified=1
T	remuneration	remuneration	400	Transaction.ExchangeBuySell.Unspecified=1
T	render	render	400	Movement.Transportation.Unspecified=1;Transaction.Donation.Unspecified=1;Transaction.ExchangeBuySell.Unspecified=1
T	rendered	render	400	Movement.Transportation.Unspecified=1;Transaction.Donation.Unspecified=1;Transaction.ExchangeBuySell.Unspecified=1
T	rendering	render	400	Movement.Transportation.Unspecified=1;Transaction.Donation.Unspecified=1;Transaction.ExchangeBuySell.Unspecified=1
T	renders	render	400	Movement.Transportation.Unspecified=1;Transaction.Donation.Unspecified=1;Transaction.ExchangeBuySell.Unspecified=1
T	renounce	renounce	400	Personnel.EndPosition.Unspecified=1
T	renounced	renounce	400	Personnel.EndPosition.Unspecified=1
T	renouncing	renounce	400	Personnel.EndPosition.Unspecified=1
T	rent	rent	775	Transaction.ExchangeBuySell.Unspecified=11
T	rented	rent	865	Transaction.ExchangeBuySell.Unspecified=11
T	renters	renter	200	Transaction.ExchangeBuySell.Unspecified=2
T	rentes	rent	775	Transaction.ExchangeBuySell.Unspecified=11
T	renting	rent	775	Transaction.ExchangeBuySell.Unspecified=11
T	rents	rent	775	Transaction.ExchangeBuySell.Unspecified=11
T	repeat	repeat	400	Contact.Contact.Unspecified=1
T	repeated	repeat	400	Contact.Contact.Unspecified=1
T	repeating	repeat	400	Contact.Contact.Unspecified=1
T	repeats	repeat	400	Contact.Contact.Unspecified=1
T	repel	repel	600	Control.ImpedeInterfereWith.Unspecified=3
T	repelled	repel	467	Control.ImpedeInterfereWith.Unspecified=3
T	repelling	repel	467	Control.ImpedeInterfereWith.Unspecified=3
T	replied	reply	600	Contact.Contact.Meet=3
T	reply	reply	467	Contact.Contact.Meet=3
T	replying	reply	467	Contact.Contact.Meet=3
T	report	report	142	Contact.Contact.Broadcast=15
T	reported	report	418	Contact.Contact.Broadcast=15
T	reportes	report	284	Contact.Contact.Broadcast=15
T	reporting	report	284	Contact.Contact.Broadcast=15
T	reports	report	142	Contact.Contact.Broadcast=15
T	represent	represent	400	Contact.Contact.Unspecified=1
T	represented	represent	400	Contact.Contact.Unspecified=1
T	representing	represent	400	Contact.Contact.Unspecified=1
T	represents	represent	400	Contact.Contact.Unspecified=1
T	repulsed	repulse	400	Control.ImpedeInterfereWith.Unspecified=1
T	request	request	467	Contact.RequestCommand.Unspecified=3
T	requested	request	600	Contact.RequestCommand.Unspecified=3
T	requesting	request	467	Contact.RequestCommand.Unspecified=3
T	requests	request	467	Contact.RequestCommand.Unspecified=3
T	require	require	86	Contact.RequestCommand.Unspecified=2
T	required	require	69	Contact.RequestCommand.Unspecified=2
T	requires	require	114	Contact.RequestCommand.Unspecified=2
T	requiring	require	69	Contact.RequestCommand.Unspecified=2
T	reservation	reservation	400	Transaction.ExchangeBuySell.Unspecified=1
T	reservations	reservation	400	Transaction.ExchangeBuySell.Unspecified=1
T	reserve	reserve	550	Transaction.ExchangeBuySell.Unspecified=6
T	reserved	reserve	550	Transaction.ExchangeBuySell.Unspecified=6
T	reserves	reserve	240	Transaction.ExchangeBuySell.Unspecified=6
T	reserving	reserve	400	Transaction.ExchangeBuySell.Unspecified=6
T	resign	resign	550	Personnel.EndPosition.Unspecified=5
T	resignation	resignation	400	Conflict.Yield.Unspecified=1;Personnel.EndPosition.Unspecified=1
T	resignations	resignation	400	Conflict.Yield.Unspecified=1;Personnel.EndPosition.Unspecified=1
T	resigned	resign	550	Personnel.EndPosition.Unspecified=5
T	resigning	resign	550	Personnel.EndPosition.Unspecified=5
T	resigns	resign	550	Personnel.EndPosition.Unspecified=5
T	resist	resist	400	Conflict.Demonstrate.Unspecified=2
T	resistance	resistance	410	Control.ImpedeInterfereWith.Unspecified=3
T	resisted	resist	400	Conflict.Demonstrate.Unspecified=2
T	resisting	resist	400	Conflict.Demonstrate.Unspecified=2
T	respond	respond	75	Contact.Contact.Meet=1
T	responded	respond	50	Contact.Contact.Meet=1
T	responding	respond	60	Contact.Contact.Meet=1
T	responds	respond	100	Contact.Contact.Meet=1
T	response	response	80	Contact.Contact.Meet=1
T	responses	response	80	Contact.Contact.Meet=1
T	restate	restate	400	Contact.Contact.Unspecified=1
T	restated	restate	400	Contact.Contact.Unspecified=1
T	restating	restate	400	Contact.Contact.Unspecified=1
T	restrain	restrain	400	Contact.ThreatenCoerce.Unspecified=1
T	restrained	restrain	400	Contact.ThreatenCoerce.Unspecified=1
T	restraining	restrain	400	Contact.ThreatenCoerce.Unspecified=1
T	retire	retire	550	Personnel.EndPosition.Unspecified=3
T	retired	retire	550	Personnel.EndPosition.Unspecified=3
T	retiree	retiree	400	Personnel.EndPosition.Unspecified=1
T	retirees	retire	550	Personnel.EndPosition.Unspecified=3
T	retirement	retirement	400	Personnel.EndPosition.Unspecified=1
T	retirements	retirement	400	Personnel.EndPosition.Unspecified=1
T	retires	retire	550	Personnel.EndPosition.Unspecified=3
T	retiring	retire	550	Personnel.EndPosition.Unspecified=3
T	retreat	retreat	550	Conflict.Yield.Unspecified=4
T	retreated	retreat	550	Conflict.Yield.Unspecified=4
T	retreating	retreat	550	Conflict.Yield.Unspecified=4
T	retrieve	retrieve	400	Contact.Contact.Unspecified=1
T	retrieved	retrieve	400	Contact.Contact.Unspecified=1
T	retrieving	retrieve	400	Contact.Contact.Unspecified=1
T	return	return	267	Conflict.Demonstrate.Unspecified=1;Contact.Contact.Unspecified=1;Medical.Intervention.Unspecified=1
T	returned	return	200	Conflict.Demonstrate.Unspecified=1;Contact.Contact.Unspecified=1;Medical.Intervention.Unspecified=1
T	returning	return	267	Conflict.Demonstrate.Unspecified=1;Contact.Contact.Unspecified=1;Medical.Intervention.Unspecified=1
T	returns	return	267	Conflict.Demonstrate.Unspecified=1;Contact.Contact.Unspecified=1;Medical.Intervention.Unspecified=1
T	review	review	120	Cognitive.Inspection.SensoryObserve=1
T	reviewed	review	200	Cognitive.Inspection.SensoryObserve=1
T	reviewing	review	200	Cognitive.Inspection.SensoryObserve=1
T	reviews	review	200	Cognitive.Inspection.SensoryObserve=1
T	rifle	rifle	400	ArtifactExistence.DamageDestroyDisableDismantle.Destroy=1;ArtifactExistence.DamageDestroyDisableDismantle.Unspecified=1
T	rifles	rifle	400	ArtifactExistence.DamageDestroyDisableDismantle.Destroy=1;ArtifactExistence.DamageDestroyDisableDismantle.Unspecified=1
T	ring	ring	400	Contact.Contact.Unspecified=1
T	rings	ring	400	Contact.Contact.Unspecified=1
T	rip	rip	400	Transaction.ExchangeBuySell.Unspecified=3;ArtifactExistence.DamageDestroyDisableDismantle.Damage=1;ArtifactExistence.DamageDestroyDisableDismantle.Unspecified=1
T	ripped	rip	400	Transaction.ExchangeBuySell.Unspecified=3;ArtifactExistence.DamageDestroyDisableDismantle.Damage=1;ArtifactExistence.DamageDestroyDisableDismantle.Unspecified=1
T	ripping	rip	400	Transaction.ExchangeBuySell.Unspecified=3;ArtifactExistence.DamageDestroyDisableDismantle.Damage=1;ArtifactExistence.DamageDestroyDisableDismantle.Unspecified=1
T	roadblocks	roadblock	550	Movement.Transportation.Unspecified=2
T	roam	roam	275	Movement.Transportation.Unspecified=6
T	roamed	roam	367	Movement.Transportation.Unspecified=6
T	rob	rob	550	Conflict.Attack.Unspecified=2
T	robbed	rob	550	Conflict.Attack.Unspecified=2
T	robberies	robbery	550	Conflict.Attack.Unspecified=4
T	robbery	robbery	550	Conflict.Attack.Unspecified=4
T	robbing	rob	550	Conflict.Attack.Unspecified=2
T	role	role	120	Conflict.Attack.DetonateExplode=1
T	roles	role	200	Conflict.Attack.DetonateExplode=1
T	roll	roll	200	Movement.Transportation.Unspecified=1
T	rolled	roll	150	Movement.Transportation.Unspecified=1
T	rolling	roll	200	Movement.Transportation.Unspecified=1
T	rolls	roll	150	Movement.Transportation.Unspecified=1
T	round	round	400	Conflict.Attack.Unspecified=13;Conflict.Attack.DetonateExplode=8;Life.Injure.Unspecified=2
T	rounded	round	400	Conflict.Attack.Unspecified=13;Conflict.Attack.DetonateExplode=8;Life.Injure.Unspecified=2
T	rounding	round	400	Conflict.Attack.Unspecified=13;Conflict.Attack.DetonateExplode=8;Life.Injure.Unspecified=2
T	rounds	round	400	Conflict.Attack.Unspecified=13;Conflict.Attack.DetonateExplode=8;Life.Injure.Unspecified=2
T	roving	rove	400	Movement.Transportation.Unspecified=1
T	ruin	ruin	400	ArtifactExistence.DamageDestroyDisableDismantle.Destroy=3
T	ruined	ruin	400	ArtifactExistence.DamageDestroyDisableDismantle.Destroy=3
T	ruins	ruin	400	ArtifactExistence.DamageDestroyDisableDismantle.Destroy=3
T	run	run	48	Justice.TrialHearing.Unspecified=3;Justice.InvestigateCrime.Unspecified=1
T	rung	ring	400	Contact.Contact.Unspecified=1
T	running	run	34	Justice.TrialHearing.Unspecified=3;Justice.InvestigateCrime.Unspecified=1
T	runs	run	60	Justice.TrialHearing.Unspecified=3;Justice.InvestigateCrime.Unspecified=1
T	rupture	rupture	400	ArtifactExistence.DamageDestroyDisableDismantle.Damage=1;ArtifactExistence.DamageDestroyDisableDismantle.Unspecified=1
T	ruptured	rupture	400	ArtifactExistence.DamageDestroyDisableDismantle.Damage=1;ArtifactExistence.DamageDestroyDisableDismantle.Unspecified=1
T	rupturing	rupture	400	ArtifactExistence.DamageDestroyDisableDismantle.Damage=1;ArtifactExistence.DamageDestroyDisableDismantle.Unspecified=1
T	sac	sac	400	Personnel.EndPosition.Unspecified=1
T	sack	sack	550	Personnel.EndPosition.Unspecified=4
T	sacked	sack	550	Personnel.EndPosition.Unspecified=4
T	sacking	sack	550	Personnel.EndPosition.Unspecified=4
T	sacks	sack	550	Personnel.EndPosition.Unspecified=4
T	said	say	157	Contact.Contact.Unspecified=27;Contact.Contact.Broadcast=6;Contact.Contact.Meet=6
T	salaried	salary	400	Transaction.ExchangeBuySell.Unspecified=1
T	salaries	salary	400	Transaction.ExchangeBuySell.Unspecified=1
T	salary	salary	400	Transaction.ExchangeBuySell.Unspecified=1
T	sanction	sanction	220	Control.ImpedeInterfereWith.Unspecified=8
T	sanctioned	sanction	165	Control.ImpedeInterfereWith.Unspecified=8
T	sanctions	sanction	132	Control.ImpedeInterfereWith.Unspecified=8
T	sanctuary	sanctuary	200	Movement.Transportation.Unspecified=1
T	saw	see	67	Contact.Contact.Meet=4;Contact.Contact.Unspecified=1
T	say	say	104	Contact.Contact.Unspecified=27;Contact.Contact.Broadcast=6;Contact.Contact.Meet=6
T	saying	say	292	Contact.Contact.Unspecified=27;Contact.Contact.Broadcast=6;Contact.Contact.Meet=6
T	says	say	92	Contact.Contact.Unspecified=27;Contact.Contact.Broadcast=6;Contact.Contact.Meet=6
T	scope	scope	400	Movement.Transportation.Unspecified=1
T	search	search	350	Justice.InvestigateCrime.Unspecified=3
T	searched	search	350	Justice.InvestigateCrime.Unspecified=3
T	searches	search	262	Justice.InvestigateCrime.Unspecified=3
T	searching	search	512	Justice.InvestigateCrime.Unspecified=3
T	see	see	38	Contact.Contact.Meet=4;Contact.Contact.Unspecified=1
T	seed	see	89	Contact.Contact.Meet=4;Contact.Contact.Unspecified=1
T	seeded	seed	400	Movement.Transportation.Unspecified=1
T	seeding	seed	400	Movement.Transportation.Unspecified=1
T	seeds	seed	400	Movement.Transportation.Unspecified=1
T	seeing	see	67	Contact.Contact.Meet=4;Contact.Contact.Unspecified=1
T	seek	seek	100	Justice.InvestigateCrime.Unspecified=1
T	seeking	seek	100	Justice.InvestigateCrime.Unspecified=1
T	seeks	seek	133	Justice.InvestigateCrime.Unspecified=1
T	seen	see	30	Contact.Contact.Meet=4;Contact.Contact.Unspecified=1
T	sees	see	67	Contact.Contact.Meet=4;Contact.Contact.Unspecified=1
T	seize	seize	700	Justice.ArrestJailDetain.Unspecified=3;Transaction.ExchangeBuySell.Unspecified=3
T	seized	seize	775	Justice.ArrestJailDetain.Unspecified=3;Transaction.ExchangeBuySell.Unspecified=3
T	seizer	seizer	400	Justice.ArrestJailDetain.Unspecified=1;Transaction.ExchangeBuySell.Unspecified=1
T	seizes	seize	700	Justice.ArrestJailDetain.Unspecified=3;Transaction.ExchangeBuySell.Unspecified=3
T	seizing	seize	700	Justice.ArrestJailDetain.Unspecified=3;Transaction.ExchangeBuySell.Unspecified=3
T	seizure	seizure	400	Justice.ArrestJailDetain.Unspecified=2;Movement.Transportation.Unspecified=1;Transaction.ExchangeBuySell.Unspecified=1
T	seizures	seizure	400	Justice.ArrestJailDetain.Unspecified=2;Movement.Transportation.Unspecified=1;Transaction.ExchangeBuySell.Unspecified=1
T	sell	sell	467	Transaction.ExchangeBuySell.Unspecified=3
T	seller	seller	400	Transaction.ExchangeBuySell.Unspecified=1
T	sellers	seller	400	Transaction.ExchangeBuySell.Unspecified=1
T	selling	sell	467	Transaction.ExchangeBuySell.Unspecified=3
T	sellings	selling	400	Transaction.ExchangeBuySell.Unspecified=1
T	sells	sell	467	Transaction.ExchangeBuySell.Unspecified=3
T	semen	semen	400	Movement.Transportation.Unspecified=1
T	send	send	240	Contact.RequestCommand.Unspecified=3;Justice.ChargeIndict.Unspecified=3
T	sender	sender	400	Contact.RequestCommand.Unspecified=1;Justice.ChargeIndict.Unspecified=1
T	sending	send	400	Contact.RequestCommand.Unspecified=3;Justice.ChargeIndict.Unspecified=3
T	sends	send	400	Contact.RequestCommand.Unspecified=3;Justice.ChargeIndict.Unspecified=3
T	sent	send	640	Contact.RequestCommand.Unspecified=3;Justice.ChargeIndict.Unspecified=3
T	sentence	sentence	420	Justice.Sentence.Unspecified=6
T	sentenced	sentence	420	Justice.Sentence.Unspecified=6
T	sentences	sentence	452	Justice.Sentence.Unspecified=6
T	sentencing	sentence	315	Justice.Sentence.Unspecified=6
T	sequester	sequester	400	Transaction.ExchangeBuySell.Unspecified=1
T	sequestered	sequester	400	Transaction.ExchangeBuySell.Unspecified=1
T	set	set	150	ArtifactExistence.ManufactureAssemble.Unspecified=2
T	sets	set	200	ArtifactExistence.ManufactureAssemble.Unspecified=2
T	setting	set	150	ArtifactExistence.ManufactureAssemble.Unspecified=2
T	shape	shape	400	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	shaped	shape	400	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	shapes	shape	400	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	shaping	shape	400	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	shattered	shatter	168	ArtifactExistence.DamageDestroyDisableDismantle.Damage=3
T	shattering	shatter	460	ArtifactExistence.DamageDestroyDisableDismantle.Damage=3
T	shell	shell	400	Conflict.Attack.Unspecified=1;Life.Injure.Unspecified=1
T	shelled	shell	400	Conflict.Attack.Unspecified=1;Life.Injure.Unspecified=1
T	shelling	shelling	550	Conflict.Attack.Unspecified=3
T	shells	shell	400	Conflict.Attack.Unspecified=1;Life.Injure.Unspecified=1
T	ship	ship	400	Movement.Transportation.Unspecified=1
T	shipment	shipment	550	Movement.Transportation.Unspecified=5
T	shipments	shipment	550	Movement.Transportation.Unspecified=5
T	shipped	ship	400	Movement.Transportation.Unspecified=1
T	shipping	ship	400	Movement.Transportation.Unspecified=1
T	ships	ship	400	Movement.Transportation.Unspecified=1
T	shoot	shoot	728	Conflict.Attack.Unspecified=14;Life.Die.Unspecified=3;Life.Injure.Unspecified=3
T	shooting	shoot	782	Conflict.Attack.Unspecified=14;Life.Die.Unspecified=3;Life.Injure.Unspecified=3
T	shootings	shooting	865	Conflict.Attack.Unspecified=10;Life.Injure.Unspecified=2;Life.Die.Unspecified=1
T	shoots	shoot	638	Conflict.Attack.Unspecified=14;Life.Die.Unspecified=3;Life.Injure.Unspecified=3
T	shot	shoot	485	Conflict.Attack.Unspecified=14;Life.Die.Unspecified=3;Life.Injure.Unspecified=3
T	shots	shot	420	Conflict.Attack.Unspecified=3;Life.Die.Unspecified=2
T	show	show	60	Contact.Contact.Unspecified=1;Justice.ChargeIndict.Unspecified=1;Justice.TrialHearing.Unspecified=1
T	showed	show	38	Contact.Contact.Unspecified=1;Justice.ChargeIndict.Unspecified=1;Justice.TrialHearing.Unspecified=1
T	showing	show	60	Contact.Contact.Unspecified=1;Justice.ChargeIndict.Unspecified=1;Justice.TrialHearing.Unspecified=1
T	shown	show	60	Contact.Contact.Unspecified=1;Justice.ChargeIndict.Unspecified=1;Justice.TrialHearing.Unspecified=1
T	shows	show	100	Contact.Contact.Unspecified=1;Justice.ChargeIndict.Unspecified=1;Justice.TrialHearing.Unspecified=1
T	sick	sick	550	Life.Injure.Unspecified=2
T	sickness	sickness	550	Life.Injure.Unspecified=3
T	sinister	sinister	410	GenericCrime.GenericCrime.GenericCrime=3
T	skirmish	skirmish	550	Conflict.Attack.Unspecified=4
T	skirmishes	skirmish	550	Conflict.Attack.Unspecified=4
T	slain	slay	700	Life.Die.Unspecified=6
T	slaughter	slaughter	775	Life.Die.Unspecified=9;Conflict.Attack.Unspecified=4
T	slaughtered	slaughter	700	Life.Die.Unspecified=9;Conflict.Attack.Unspecified=4
T	slaughterers	slaughterer	400	Life.Die.Unspecified=2;Conflict.Attack.Unspecified=1
T	slaughtering	slaughter	700	Life.Die.Unspecified=9;Conflict.Attack.Unspecified=4
T	slaying	slay	775	Life.Die.Unspecified=6
T	slayings	slaying	262	Life.Die.Unspecified=3
T	sleuth	sleuth	400	Government.Spy.Unspecified=1
T	sleuths	sleuth	400	Government.Spy.Unspecified=1
T	slew	slay	700	Life.Die.Unspecified=6
T	smash	smash	400	Conflict.Attack.DetonateExplode=2;ArtifactExistence.DamageDestroyDisableDismantle.Destroy=1;ArtifactExistence.DamageDestroyDisableDismantle.Unspecified=1
T	smashed	smash	400	Conflict.Attack.DetonateExplode=2;ArtifactExistence.DamageDestroyDisableDismantle.Destroy=1;ArtifactExistence.DamageDestroyDisableDismantle.Unspecified=1
T	smashing	smash	400	Conflict.Attack.DetonateExplode=2;ArtifactExistence.DamageDestroyDisableDismantle.Destroy=1;ArtifactExistence.DamageDestroyDisableDismantle.Unspecified=1
T	smuggle	smuggle	700	Movement.Transportation.Unspecified=6;Movement.Transportation.IllegalTransportation=3
T	smuggled	smuggle	700	Movement.Transportation.Unspecified=6;Movement.Transportation.IllegalTransportation=3
T	smugglers	smuggler	400	Movement.Transportation.IllegalTransportation=1;Movement.Transportation.Unspecified=1
T	smuggling	smuggle	775	Movement.Transportation.Unspecified=6;Movement.Transportation.IllegalTransportation=3
T	snag	snag	400	Transaction.ExchangeBuySell.Unspecified=2;ArtifactExistence.DamageDestroyDisableDismantle.Damage=1;ArtifactExistence.DamageDestroyDisableDismantle.Unspecified=1
T	snags	snag	400	Transaction.ExchangeBuySell.Unspecified=2;ArtifactExistence.DamageDestroyDisableDismantle.Damage=1;ArtifactExistence.DamageDestroyDisableDismantle.Unspecified=1
T	snap	snap	400	ArtifactExistence.DamageDestroyDisableDismantle.Damage=1;ArtifactExistence.DamageDestroyDisableDismantle.Unspecified=1
T	snapped	snap	400	ArtifactExistence.DamageDestroyDisableDismantle.Damage=1;ArtifactExistence.DamageDestroyDisableDismantle.Unspecified=1
T	snapping	snap	400	ArtifactExistence.DamageDestroyDisableDismantle.Damage=1;ArtifactExistence.DamageDestroyDisableDismantle.Unspecified=1
T	snooping	snoop	400	Government.Spy.Unspecified=1
T	snoops	snoop	400	Government.Spy.Unspecified=1
T	sold	sell	600	Transaction.ExchangeBuySell.Unspecified=3
T	solicit	solicit	400	Contact.RequestCommand.Unspecified=1;Justice.TrialHearing.Unspecified=1
T	solicited	solicit	400	Contact.RequestCommand.Unspecified=1;Justice.TrialHearing.Unspecified=1
T	soliciting	solicit	400	Contact.RequestCommand.Unspecified=1;Justice.TrialHearing.Unspecified=1
T	soma	soma	400	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	sought	seek	80	Justice.InvestigateCrime.Unspecified=1
T	speak	speak	80	Contact.Contact.Meet=1
T	speakes	speak	133	Contact.Contact.Meet=1
T	speaking	speak	133	Contact.Contact.Meet=1
T	speaks	speak	133	Contact.Contact.Meet=1
T	spell	spell	400	Conflict.Attack.DetonateExplode=1
T	spelled	spell	400	Conflict.Attack.DetonateExplode=1
T	spelling	spell	400	Conflict.Attack.DetonateExplode=1
T	spells	spell	400	Conflict.Attack.DetonateExplode=1
T	spied	spy	550	Government.Spy.Unspecified=6
T	spies	spy	550	Government.Spy.Unspecified=6
T	spite	spite	400	Life.Injure.Unspecified=16
T	split	split	400	Transaction.ExchangeBuySell.Unspecified=2;ArtifactExistence.DamageDestroyDisableDismantle.Damage=1;ArtifactExistence.DamageDestroyDisableDismantle.Unspecified=1
T	splits	split	400	Transaction.ExchangeBuySell.Unspecified=2;ArtifactExistence.DamageDestroyDisableDismantle.Damage=1;ArtifactExistence.DamageDestroyDisableDismantle.Unspecified=1
T	splitting	split	400	Transaction.ExchangeBuySell.Unspecified=2;ArtifactExistence.DamageDestroyDisableDismantle.Damage=1;ArtifactExistence.DamageDestroyDisableDismantle.Unspecified=1
T	spoil	spoil	400	Life.Injure.Unspecified=1
T	spoiled	spoil	400	Life.Injure.Unspecified=1
T	spoils	spoil	400	Life.Injure.Unspecified=1
T	spoke	speak	80	Contact.Contact.Meet=1
T	spoken	speak	133	Contact.Contact.Meet=1
T	spot	spot	96	ArtifactExistence.ManufactureAssemble.Unspecified=1;Government.Spy.Unspecified=1
T	spots	spot	120	ArtifactExistence.ManufactureAssemble.Unspecified=1;Government.Spy.Unspecified=1
T	spotted	spot	160	ArtifactExistence.ManufactureAssemble.Unspecified=1;Government.Spy.Unspecified=1
T	spotting	spot	160	ArtifactExistence.ManufactureAssemble.Unspecified=1;Government.Spy.Unspecified=1
T	spur	spur	400	Contact.RequestCommand.Unspecified=1
T	spurred	spur	400	Contact.RequestCommand.Unspecified=1
T	spurring	spur	400	Contact.RequestCommand.Unspecified=1
T	spurs	spur	400	Contact.RequestCommand.Unspecified=1
T	spy	spy	550	Government.Spy.Unspecified=6
T	spying	spy	550	Government.Spy.Unspecified=6
T	squeeze	squeeze	400	Contact.ThreatenCoerce.Broadcast=1
T	squeezed	squeeze	400	Contact.ThreatenCoerce.Broadcast=1
T	squeezes	squeeze	400	Contact.ThreatenCoerce.Broadcast=1
T	squeezing	squeeze	400	Contact.ThreatenCoerce.Broadcast=1
T	stabbed	stab	550	Conflict.Attack.Unspecified=1
T	stabbing	stab	550	Conflict.Attack.Unspecified=1
T	staged	stag	400	Government.Spy.Unspecified=1
T	stages	stag	400	Government.Spy.Unspecified=1
T	staging	stag	400	Government.Spy.Unspecified=1
T	starvation	starvation	550	Life.Injure.Unspecified=5
T	starve	starve	550	Life.Injure.Unspecified=6
T	starved	starve	550	Life.Injure.Unspecified=6
T	starving	starve	550	Life.Injure.Unspecified=6
T	state	state	47	Contact.Contact.Broadcast=3
T	stated	state	210	Contact.Contact.Broadcast=3
T	statement	statement	200	Contact.Contact.Unspecified=3
T	statements	statement	200	Contact.Contact.Unspecified=3
T	states	state	105	Contact.Contact.Broadcast=3
T	stating	state	368	Contact.Contact.Broadcast=3
T	stay	stay	100	Justice.ArrestJailDetain.Unspecified=9;Movement.Transportation.Unspecified=2
T	stayed	stay	80	Justice.ArrestJailDetain.Unspecified=9;Movement.Transportation.Unspecified=2
T	staying	stay	100	Justice.ArrestJailDetain.Unspecified=9;Movement.Transportation.Unspecified=2
T	stays	stay	133	Justice.ArrestJailDetain.Unspecified=9;Movement.Transportation.Unspecified=2
T	steal	steal	400	Transaction.ExchangeBuySell.Unspecified=1
T	stealing	steal	400	Transaction.ExchangeBuySell.Unspecified=1
T	stipend	stipend	550	Transaction.ExchangeBuySell.Unspecified=7
T	stipends	stipend	550	Transaction.ExchangeBuySell.Unspecified=7
T	stock	stock	400	Transaction.Donation.Unspecified=2;Transaction.ExchangeBuySell.Unspecified=1
T	stocked	stock	400	Transaction.Donation.Unspecified=2;Transaction.ExchangeBuySell.Unspecified=1
T	stocker	stock	400	Transaction.Donation.Unspecified=2;Transaction.ExchangeBuySell.Unspecified=1
T	stocking	stock	400	Transaction.Donation.Unspecified=2;Transaction.ExchangeBuySell.Unspecified=1
T	stockpile	stockpile	400	Transaction.ExchangeBuySell.Unspecified=1
T	stockpiled	stockpile	400	Transaction.ExchangeBuySell.Unspecified=1
T	stockpiles	stockpile	400	Transaction.ExchangeBuySell.Unspecified=1
T	stockpiling	stockpile	400	Transaction.ExchangeBuySell.Unspecified=1
T	stocks	stock	400	Transaction.Donation.Unspecified=2;Transaction.ExchangeBuySell.Unspecified=1
T	stole	steal	400	Transaction.ExchangeBuySell.Unspecified=1
T	stolen	steal	400	Transaction.ExchangeBuySell.Unspecified=1
T	stop	stop	400	Justice.ArrestJailDetain.Unspecified=12;Movement.Transportation.Unspecified=2
T	stopes	stop	400	Justice.ArrestJailDetain.Unspecified=12;Movement.Transportation.Unspecified=2
T	stoppage	stoppage	400	Justice.ArrestJailDetain.Unspecified=6;Movement.Transportation.Unspecified=1
T	stoppages	stoppage	400	Justice.ArrestJailDetain.Unspecified=6;Movement.Transportation.Unspecified=1
T	stopped	stop	400	Justice.ArrestJailDetain.Unspecified=12;Movement.Transportation.Unspecified=2
T	stopping	stop	400	Justice.ArrestJailDetain.Unspecified=12;Movement.Transportation.Unspecified=2
T	stops	stop	400	Justice.ArrestJailDetain.Unspecified=12;Movement.Transportation.Unspecified=2
T	store	store	200	Transaction.Donation.Unspecified=2;Transaction.ExchangeBuySell.Unspecified=1
T	stored	store	267	Transaction.Donation.Unspecified=2;Transaction.ExchangeBuySell.Unspecified=1
T	stores	store	267	Transaction.Donation.Unspecified=2;Transaction.ExchangeBuySell.Unspecified=1
T	storing	store	267	Transaction.Donation.Unspecified=2;Transaction.ExchangeBuySell.Unspecified=1
T	stray	stray	400	Movement.Transportation.Unspecified=1
T	straying	stray	400	Movement.Transportation.Unspecified=1
T	strike	strike	165	Conflict.Attack.DetonateExplode=2;Life.Injure.Unspecified=2;Conflict.Attack.Unspecified=1
T	striker	striker	400	Conflict.Attack.DetonateExplode=1;Conflict.Attack.Unspecified=1;Life.Injure.Unspecified=1
T	strikers	striker	400	Conflict.Attack.DetonateExplode=1;Conflict.Attack.Unspecified=1;Life.Injure.Unspecified=1
T	strikes	strike	275	Conflict.Attack.DetonateExplode=2;Life.Injure.Unspecified=2;Conflict.Attack.Unspecified=1
T	striking	strike	275	Conflict.Attack.DetonateExplode=2;Life.Injure.Unspecified=2;Conflict.Attack.Unspecified=1
T	strip	strip	200	ArtifactExistence.DamageDestroyDisableDismantle.Destroy=1;ArtifactExistence.DamageDestroyDisableDismantle.Unspecified=1
T	stripes	strip	267	ArtifactExistence.DamageDestroyDisableDismantle.Destroy=1;ArtifactExistence.DamageDestroyDisableDismantle.Unspecified=1
T	stripped	strip	267	ArtifactExistence.DamageDestroyDisableDismantle.Destroy=1;ArtifactExistence.DamageDestroyDisableDismantle.Unspecified=1
T	stripping	strip	267	ArtifactExistence.DamageDestroyDisableDismantle.Destroy=1;ArtifactExistence.DamageDestroyDisableDismantle.Unspecified=1
T	strips	strip	267	ArtifactExistence.DamageDestroyDisableDismantle.Destroy=1;ArtifactExistence.DamageDestroyDisableDismantle.Unspecified=1
T	struck	strike	275	Conflict.Attack.DetonateExplode=2;Life.Injure.Unspecified=2;Conflict.Attack.Unspecified=1
T	struggle	struggle	400	Conflict.Attack.Unspecified=4
T	struggled	struggle	400	Conflict.Attack.Unspecified=4
T	struggles	struggle	400	Conflict.Attack.Unspecified=4
T	struggling	struggle	400	Conflict.Attack.Unspecified=4
T	studied	study	400	Contact.Contact.Broadcast=3
T	studies	study	400	Contact.Contact.Broadcast=3
T	study	study	400	Contact.Contact.Broadcast=3
T	studying	study	400	Contact.Contact.Broadcast=3
T	stymied	stymie	400	Movement.Transportation.Unspecified=1
T	subdue	subdue	400	Control.ImpedeInterfereWith.Unspecified=2
T	subdued	subdue	400	Control.ImpedeInterfereWith.Unspecified=2
T	subduing	subdue	400	Control.ImpedeInterfereWith.Unspecified=2
T	submit	submit	400	Contact.Contact.Broadcast=1
T	submited	submit	400	Contact.Contact.Broadcast=1
T	submits	submit	400	Contact.Contact.Broadcast=1
T	submitted	submit	400	Contact.Contact.Broadcast=1
T	submitting	submit	400	Contact.Contact.Broadcast=1
T	subscribe	subscribe	400	Contact.Contact.Unspecified=1
T	subscribed	subscribe	400	Contact.Contact.Unspecified=1
T	subscribes	subscribe	400	Contact.Contact.Unspecified=1
T	subscribing	subscribe	400	Contact.Contact.Unspecified=1
T	subsidization	subsidization	400	Transaction.Donation.Unspecified=1;Transaction.ExchangeBuySell.Unspecified=1
T	substantiate	substantiate	400	Contact.Contact.Broadcast=1
T	substantiated	substantiate	400	Contact.Contact.Broadcast=1
T	suggest	suggest	206	Contact.RequestCommand.Unspecified=7
T	suggested	suggest	206	Contact.RequestCommand.Unspecified=7
T	suggesting	suggest	275	Contact.RequestCommand.Unspecified=7
T	suggestion	suggestion	400	Contact.RequestCommand.Unspecified=1
T	suggestions	suggestion	400	Contact.RequestCommand.Unspecified=1
T	suggests	suggest	275	Contact.RequestCommand.Unspecified=7
T	suicide	suicide	147	Life.Die.Unspecified=3
T	summit	summit	550	Contact.Contact.Meet=3
T	supplied	supply	367	Movement.Transportation.Unspecified=4
T	supplier	supplier	400	Movement.Transportation.Unspecified=1
T	suppliers	supplier	400	Movement.Transportation.Unspecified=1
T	supplies	supply	275	Movement.Transportation.Unspecified=4
T	supply	supply	367	Movement.Transportation.Unspecified=4
T	supplying	supply	367	Movement.Transportation.Unspecified=4
T	support	support	96	Contact.Contact.Broadcast=1;Transaction.Donation.Unspecified=1;Transaction.ExchangeBuySell.Unspecified=1
T	supported	support	160	Contact.Contact.Broadcast=1;Transaction.Donation.Unspecified=1;Transaction.ExchangeBuySell.Unspecified=1
T	supporting	support	120	Contact.Contact.Broadcast=1;Transaction.Donation.Unspecified=1;Transaction.ExchangeBuySell.Unspecified=1
T	supports	support	160	Contact.Contact.Broadcast=1;Transaction.Donation.Unspecified=1;Transaction.ExchangeBuySell.Unspecified=1
T	suppress	suppress	467	Control.ImpedeInterfereWith.Unspecified=3
T	suppressed	suppress	600	Control.ImpedeInterfereWith.Unspecified=3
T	suppressing	suppress	467	Control.ImpedeInterfereWith.Unspecified=3
T	suppression	suppression	400	Control.ImpedeInterfereWith.Unspecified=1
T	surgery	surgery	550	Life.Injure.Unspecified=3
T	surpass	surpass	400	Life.Die.Unspecified=1
T	surpassed	surpass	400	Life.Die.Unspecified=1
T	surpasses	surpass	400	Life.Die.Unspecified=1
T	surpassing	surpass	400	Life.Die.Unspecified=1
T	surrender	surrender	550	Conflict.Yield.Unspecified=7
T	surrendered	surrender	550	Conflict.Yield.Unspecified=7
T	surrendering	surrender	550	Conflict.Yield.Unspecified=7
T	surveillance	surveillance	150	Government.Spy.Unspecified=6
T	sustain	sustain	400	Contact.Contact.Broadcast=1
T	sustained	sustain	400	Contact.Contact.Broadcast=1
T	sustaining	sustain	400	Contact.Contact.Broadcast=1
T	sustains	sustain	400	Contact.Contact.Broadcast=1
T	swarms	swarm	200	Movement.Transportation.Unspecified=1
T	swearing	swearing	400	Contact.Contact.Unspecified=1
T	take	take	140	Conflict.Demonstrate.Unspecified=3;Medical.Intervention.Unspecified=3
T	taken	take	127	Conflict.Demonstrate.Unspecified=3;Medical.Intervention.Unspecified=3
T	takeover	takeover	400	Conflict.Attack.Unspecified=1
T	takeovers	takeover	400	Conflict.Attack.Unspecified=1
T	takes	take	133	Conflict.Demonstrate.Unspecified=3;Medical.Intervention.Unspecified=3
T	taking	take	100	Conflict.Demonstrate.Unspecified=3;Medical.Intervention.Unspecified=3
T	tale	tale	400	Contact.Contact.Meet=1;Contact.Contact.Unspecified=1
T	tales	tale	400	Contact.Contact.Meet=1;Contact.Contact.Unspecified=1
T	talk	talk	110	Contact.Contact.Meet=3
T	talked	talk	183	Contact.Contact.Meet=3
T	talking	talk	183	Contact.Contact.Meet=3
T	talks	talk	110	Contact.Contact.Meet=3
T	tap	tap	400	Contact.RequestCommand.Unspecified=1
T	taped	tap	400	Contact.RequestCommand.Unspecified=1
T	tapes	tap	400	Contact.RequestCommand.Unspecified=1
T	tapped	tap	400	Contact.RequestCommand.Unspecified=1
T	tapping	tap	400	Contact.RequestCommand.Unspecified=1
T	taps	tap	400	Contact.RequestCommand.Unspecified=1
T	taught	teach	400	Contact.RequestCommand.Unspecified=1
T	teach	teach	400	Contact.RequestCommand.Unspecified=1
T	teaches	teach	400	Contact.RequestCommand.Unspecified=1
T	teaching	teach	400	Contact.RequestCommand.Unspecified=1
T	tear	tear	700	ArtifactExistence.DamageDestroyDisableDismantle.Damage=4;ArtifactExistence.DamageDestroyDisableDismantle.Unspecified=1
T	tearing	tear	775	ArtifactExistence.DamageDestroyDisableDismantle.Damage=4;ArtifactExistence.DamageDestroyDisableDismantle.Unspecified=1
T	tears	tear	700	ArtifactExistence.DamageDestroyDisableDismantle.Damage=4;ArtifactExistence.DamageDestroyDisableDismantle.Unspecified=1
T	telephone	telephone	165	Contact.Contact.Unspecified=7
T	telephoned	telephone	132	Contact.Contact.Unspecified=7
T	telephones	telephone	220	Contact.Contact.Unspecified=7
T	tell	tell	133	Contact.Contact.Meet=3;Contact.Contact.Unspecified=3
T	teller	teller	400	Contact.Contact.Meet=1;Contact.Contact.Unspecified=1
T	tellers	teller	400	Contact.Contact.Meet=1;Contact.Contact.Unspecified=1
T	telling	tell	100	Contact.Contact.Meet=3;Contact.Contact.Unspecified=3
T	tells	tell	133	Contact.Contact.Meet=3;Contact.Contact.Unspecified=3
T	terminate	terminate	400	Personnel.EndPosition.Unspecified=1
T	terminated	terminate	400	Personnel.EndPosition.Unspecified=1
T	terminates	terminate	400	Personnel.EndPosition.Unspecified=1
T	terminating	terminate	400	Personnel.EndPosition.Unspecified=1
T	terrorism	terrorism	243	GenericCrime.GenericCrime.GenericCrime=3
T	terrorist	terrorist	36	GenericCrime.GenericCrime.GenericCrime=1
T	terrorists	terrorist	57	GenericCrime.GenericCrime.GenericCrime=1
T	test	test	120	Justice.TrialHearing.Unspecified=3
T	tested	test	200	Justice.TrialHearing.Unspecified=3
T	testified	testify	515	Justice.TrialHearing.Unspecified=7;Justice.ChargeIndict.Unspecified=2
T	testifies	testify	525	Justice.TrialHearing.Unspecified=7;Justice.ChargeIndict.Unspecified=2
T	testify	testify	525	Justice.TrialHearing.Unspecified=7;Justice.ChargeIndict.Unspecified=2
T	testifying	testify	525	Justice.TrialHearing.Unspecified=7;Justice.ChargeIndict.Unspecified=2
T	testimony	testimony	80	Justice.ChargeIndict.Unspecified=1;Justice.TrialHearing.Unspecified=1
T	testing	test	200	Justice.TrialHearing.Unspecified=3
T	tests	test	200	Justice.TrialHearing.Unspecified=3
T	the	the	3	Cognitive.Inspection.SensoryObserve=3;Conflict.Attack.DetonateExplode=3
T	think	think	24	Contact.Contact.Unspecified=1
T	thinking	think	24	Contact.Contact.Unspecified=1
T	thinks	think	57	Contact.Contact.Unspecified=1
T	those	those	80	Conflict.Attack.DetonateExplode=3
T	thought	think	24	Contact.Contact.Unspecified=1
T	thrashing	thrashing	400	Life.Die.Unspecified=2;Conflict.Attack.Unspecified=1;Life.Injure.Unspecified=1
T	threaten	threaten	700	Contact.ThreatenCoerce.Unspecified=6;Contact.ThreatenCoerce.Broadcast=3
T	threatened	threaten	775	Contact.ThreatenCoerce.Unspecified=6;Contact.ThreatenCoerce.Broadcast=3
T	threatening	threaten	700	Contact.ThreatenCoerce.Unspecified=6;Contact.ThreatenCoerce.Broadcast=3
T	threatens	threaten	700	Contact.ThreatenCoerce.Unspecified=6;Contact.ThreatenCoerce.Broadcast=3
T	thrust	thrust	400	Movement.Transportation.Unspecified=1
T	thrusting	thrust	400	Movement.Transportation.Unspecified=1
T	thrusts	thrust	400	Movement.Transportation.Unspecified=1
T	ticker	ticker	400	Cognitive.Inspection.SensoryObserve=1
T	tip	tip	400	Contact.Contact.Meet=1
T	tipped	tip	400	Contact.Contact.Meet=1
T	tipping	tip	400	Contact.Contact.Meet=1
T	tips	tip	400	Contact.Contact.Meet=1
T	told	tell	133	Contact.Contact.Meet=3;Contact.Contact.Unspecified=3
T	took	take	44	Conflict.Demonstrate.Unspecified=3;Medical.Intervention.Unspecified=3
T	top	top	200	Contact.Contact.Meet=1
T	topped	top	267	Contact.Contact.Meet=1
T	topping	top	267	Contact.Contact.Meet=1
T	tops	top	267	Contact.Contact.Meet=1
T	tore	tear	700	ArtifactExistence.DamageDestroyDisableDismantle.Damage=4;ArtifactExistence.DamageDestroyDisableDismantle.Unspecified=1
T	torn	tear	700	ArtifactExistence.DamageDestroyDisableDismantle.Damage=4;ArtifactExistence.DamageDestroyDisableDismantle.Unspecified=1
T	torture	torture	275	Life.Injure.Unspecified=5
T	tortured	torture	367	Life.Injure.Unspecified=5
T	torturing	torture	367	Life.Injure.Unspecified=5
T	tour	tour	400	Conflict.Attack.DetonateExplode=1
T	toured	tour	400	Conflict.Attack.DetonateExplode=1
T	touring	tour	400	Conflict.Attack.DetonateExplode=1
T	tours	tour	400	Conflict.Attack.DetonateExplode=1
T	trace	trace	200	Justice.InvestigateCrime.Unspecified=1
T	traced	trace	267	Justice.InvestigateCrime.Unspecified=1
T	traces	trace	267	Justice.InvestigateCrime.Unspecified=1
T	track	track	267	Movement.Transportation.Unspecified=1
T	tracked	track	200	Movement.Transportation.Unspecified=1
T	tracking	track	267	Movement.Transportation.Unspecified=1
T	tracks	track	267	Movement.Transportation.Unspecified=1
T	trade	trade	400	Contact.Agreement.Unspecified=1
T	traded	trade	400	Contact.Agreement.Unspecified=1
T	trades	trade	400	Contact.Agreement.Unspecified=1
T	trading	trade	400	Contact.Agreement.Unspecified=1
T	traffic	traffic	206	Movement.Transportation.Unspecified=5
T	traffickers	trafficker	400	Movement.Transportation.Unspecified=1
T	trafficking	traffic	206	Movement.Transportation.Unspecified=5
T	transfer	transfer	550	Transaction.ExchangeBuySell.Unspecified=1
T	transfered	transfer	550	Transaction.ExchangeBuySell.Unspecified=1
T	transfering	transfer	550	Transaction.ExchangeBuySell.Unspecified=1
T	transferred	transfer	550	Transaction.ExchangeBuySell.Unspecified=1
T	transferring	transfer	550	Transaction.ExchangeBuySell.Unspecified=1
T	transfers	transfer	550	Transaction.ExchangeBuySell.Unspecified=1
T	transmit	transmit	400	Contact.Contact.Broadcast=2
T	transmits	transmit	400	Contact.Contact.Broadcast=2
T	transmitted	transmit	400	Contact.Contact.Broadcast=2
T	transmitting	transmit	400	Contact.Contact.Broadcast=2
T	transport	transport	165	Movement.Transportation.Unspecified=4
T	transportation	transportation	400	Movement.Transportation.Unspecified=1
T	transported	transport	275	Movement.Transportation.Unspecified=4
T	transporter	transporter	400	Movement.Transportation.Unspecified=1
T	transporting	transport	275	Movement.Transportation.Unspecified=4
T	transports	transport	275	Movement.Transportation.Unspecified=4
T	trap	trap	267	Conflict.Attack.Unspecified=1
T	trapped	trap	267	Conflict.Attack.Unspecified=1
T	trapping	trap	267	Conflict.Attack.Unspecified=1
T	traps	trap	200	Conflict.Attack.Unspecified=1
T	trauma	trauma	400	Life.Injure.Unspecified=4
T	travel	travel	120	Conflict.Attack.DetonateExplode=1;Movement.Transportation.Unspecified=1
T	traveled	travel	160	Conflict.Attack.DetonateExplode=1;Movement.Transportation.Unspecified=1
T	traveling	travel	96	Conflict.Attack.DetonateExplode=1;Movement.Transportation.Unspecified=1
T	travelled	travel	160	Conflict.Attack.DetonateExplode=1;Movement.Transportation.Unspecified=1
T	travelling	travel	160	Conflict.Attack.DetonateExplode=1;Movement.Transportation.Unspecified=1
T	travels	travel	160	Conflict.Attack.DetonateExplode=1;Movement.Transportation.Unspecified=1
T	treason	treason	410	GenericCrime.GenericCrime.GenericCrime=3
T	treat	treat	400	Contact.Agreement.Unspecified=1;Medical.Intervention.Unspecified=1
T	treated	treat	400	Contact.Agreement.Unspecified=1;Medical.Intervention.Unspecified=1
T	treaties	treaty	550	Contact.Agreement.Unspecified=8
T	treating	treat	400	Contact.Agreement.Unspecified=1;Medical.Intervention.Unspecified=1
T	treatment	treatment	600	Medical.Intervention.Unspecified=3
T	treatments	treatment	467	Medical.Intervention.Unspecified=3
T	treats	treat	400	Contact.Agreement.Unspecified=1;Medical.Intervention.Unspecified=1
T	treaty	treaty	550	Contact.Agreement.Unspecified=8
T	trial	trial	416	Justice.TrialHearing.Unspecified=12
T	trials	trial	443	Justice.TrialHearing.Unspecified=12
T	tribunal	tribunal	120	Justice.TrialHearing.Unspecified=1
T	tried	try	80	Justice.TrialHearing.Unspecified=3
T	tries	try	267	Justice.TrialHearing.Unspecified=3
T	trounced	trounce	400	Life.Injure.Unspecified=1
T	try	try	267	Justice.TrialHearing.Unspecified=3
T	trying	try	200	Justice.TrialHearing.Unspecified=3
T	turn	turn	80	Conflict.Attack.DetonateExplode=1
T	turned	turn	80	Conflict.Attack.DetonateExplode=1
T	turning	turn	133	Conflict.Attack.DetonateExplode=1
T	turns	turn	133	Conflict.Attack.DetonateExplode=1
T	ultimatum	ultimatum	600	Contact.ThreatenCoerce.Unspecified=3
T	understanding	understanding	400	Contact.Agreement.Unspecified=2
T	understandings	understanding	400	Contact.Agreement.Unspecified=2
T	unload	unload	550	Movement.Transportation.Unspecified=1
T	unloaded	unload	550	Movement.Transportation.Unspecified=1
T	unloading	unload	550	Movement.Transportation.Unspecified=1
T	urge	urge	700	Contact.RequestCommand.Unspecified=18;Contact.RequestCommand.Broadcast=3
T	urged	urge	775	Contact.RequestCommand.Unspecified=18;Contact.RequestCommand.Broadcast=3
T	urgency	urgency	400	Contact.RequestCommand.Unspecified=4;Contact.RequestCommand.Broadcast=1
T	urges	urge	700	Contact.RequestCommand.Unspecified=18;Contact.RequestCommand.Broadcast=3
T	urging	urge	700	Contact.RequestCommand.Unspecified=18;Contact.RequestCommand.Broadcast=3
T	urgings	urging	550	Contact.RequestCommand.Unspecified=4
T	usage	usage	400	Conflict.Attack.DetonateExplode=2
T	use	use	35	Conflict.Attack.DetonateExplode=3
T	used	use	86	Conflict.Attack.DetonateExplode=3
T	user	user	400	Conflict.Attack.DetonateExplode=1
T	users	user	400	Conflict.Attack.DetonateExplode=1
T	uses	use	70	Conflict.Attack.DetonateExplode=3
T	using	use	30	Conflict.Attack.DetonateExplode=3
T	utilisation	utilisation	400	Conflict.Attack.DetonateExplode=1
T	utilised	utilise	400	Conflict.Attack.DetonateExplode=1
T	utilization	utilization	400	Conflict.Attack.DetonateExplode=1
T	utilize	utilize	400	Conflict.Attack.DetonateExplode=1
T	utilized	utilize	400	Conflict.Attack.DetonateExplode=1
T	utilizes	utilize	400	Conflict.Attack.DetonateExplode=1
T	utilizing	utilize	400	Conflict.Attack.DetonateExplode=1
T	utter	utter	400	Contact.Contact.Meet=1
T	uttered	utter	400	Contact.Contact.Meet=1
T	vacate	vacate	400	Personnel.EndPosition.Unspecified=1
T	vacated	vacate	400	Personnel.EndPosition.Unspecified=1
T	vacating	vacate	400	Personnel.EndPosition.Unspecified=1
T	vandalise	vandalise	400	ArtifactExistence.DamageDestroyDisableDismantle.Damage=1;ArtifactExistence.DamageDestroyDisableDismantle.Unspecified=1
T	vandalized	vandalize	550	ArtifactExistence.DamageDestroyDisableDismantle.Damage=2;ArtifactExistence.DamageDestroyDisableDismantle.Unspecified=2
T	vandalizing	vandalize	550	ArtifactExistence.DamageDestroyDisableDismantle.Damage=2;ArtifactExistence.DamageDestroyDisableDismantle.Unspecified=2
T	violate	violate	550	Contact.Agreement.Unspecified=2
T	violated	violate	550	Contact.Agreement.Unspecified=2
T	violates	violate	550	Contact.Agreement.Unspecified=2
T	violating	violate	550	Contact.Agreement.Unspecified=2
T	violation	violation	467	GenericCrime.GenericCrime.GenericCrime=3
T	violations	violation	600	GenericCrime.GenericCrime.GenericCrime=3
T	violent	violent	550	Life.Injure.Unspecified=9
T	virus	virus	457	Disaster.DiseaseOutbreak.Unspecified=6
T	viruses	virus	400	Disaster.DiseaseOutbreak.Unspecified=6
T	visit	visit	550	Contact.Contact.Meet=3
T	visited	visit	550	Contact.Contact.Meet=3
T	visiting	visit	550	Contact.Contact.Meet=3
T	visitors	visitor	400	Contact.Contact.Meet=1
T	visits	visit	550	Contact.Contact.Meet=3
T	vote	vote	37	Government.Vote.Unspecified=10;Cognitive.Inspection.SensoryObserve=1;Government.Legislate.Unspecified=1
T	voted	vote	165	Government.Vote.Unspecified=10;Cognitive.Inspection.SensoryObserve=1;Government.Legislate.Unspecified=1
T	voter	voter	550	Government.Vote.Unspecified=1
T	voters	voter	550	Government.Vote.Unspecified=1
T	votes	vote	132	Government.Vote.Unspecified=10;Cognitive.Inspection.SensoryObserve=1;Government.Legislate.Unspecified=1
T	voting	vote	220	Government.Vote.Unspecified=10;Cognitive.Inspection.SensoryObserve=1;Government.Legislate.Unspecified=1
T	vow	vow	550	Contact.Contact.Unspecified=8
T	vowed	vow	550	Contact.Contact.Unspecified=8
T	vowing	vow	550	Contact.Contact.Unspecified=8
T	vows	vow	550	Contact.Contact.Unspecified=8
T	wage	wage	550	Transaction.ExchangeBuySell.Unspecified=1
T	waged	wage	550	Transaction.ExchangeBuySell.Unspecified=1
T	wages	wage	550	Transaction.ExchangeBuySell.Unspecified=1
T	wagging	wag	550	Transaction.ExchangeBuySell.Unspecified=1
T	waging	wage	550	Transaction.ExchangeBuySell.Unspecified=1
T	walk	walk	831	Movement.Transportation.Unspecified=10
T	walked	walk	831	Movement.Transportation.Unspecified=10
T	walker	walker	400	Movement.Transportation.Unspecified=2
T	walking	walk	775	Movement.Transportation.Unspecified=10
T	walks	walk	775	Movement.Transportation.Unspecified=10
T	wander	wander	400	Movement.Transportation.Unspecified=1
T	wandering	wander	400	Movement.Transportation.Unspecified=1
T	war	war	271	Conflict.Attack.Unspecified=13
T	warfare	warfare	57	Conflict.Attack.Unspecified=3
T	warn	warn	175	Contact.ThreatenCoerce.Unspecified=3
T	warned	warn	105	Contact.ThreatenCoerce.Unspecified=3
T	warner	warner	400	Contact.ThreatenCoerce.Unspecified=1
T	warning	warning	300	Contact.ThreatenCoerce.Unspecified=12
T	warnings	warning	456	Contact.ThreatenCoerce.Unspecified=12
T	warns	warn	175	Contact.ThreatenCoerce.Unspecified=3
T	warrant	warrant	267	Control.ImpedeInterfereWith.Unspecified=2
T	warranted	warrant	267	Control.ImpedeInterfereWith.Unspecified=2
T	warrants	warrant	200	Control.ImpedeInterfereWith.Unspecified=2
T	warring	war	300	Conflict.Attack.Unspecified=13
T	warrior	warrior	400	Conflict.Attack.Unspecified=3
T	warriors	warrior	400	Conflict.Attack.Unspecified=3
T	wars	war	225	Conflict.Attack.Unspecified=13
T	watch	watch	229	Cognitive.Inspection.SensoryObserve=3
T	watched	watch	200	Cognitive.Inspection.SensoryObserve=3
T	watcher	watcher	400	Cognitive.Inspection.SensoryObserve=1
T	watchers	watcher	400	Cognitive.Inspection.SensoryObserve=1
T	watches	watch	200	Cognitive.Inspection.SensoryObserve=3
T	watching	watch	150	Cognitive.Inspection.SensoryObserve=3
T	watering	watering	400	ArtifactExistence.DamageDestroyDisableDismantle.Damage=1
T	went	go	233	Conflict.Attack.DetonateExplode=3
T	whip	whip	550	Life.Injure.Unspecified=1
T	whipped	whip	550	Life.Injure.Unspecified=1
T	whipping	whipping	400	Life.Die.Unspecified=2;Conflict.Attack.Unspecified=1;Life.Injure.Unspecified=1
T	win	win	275	Personnel.Elect.Unspecified=3
T	wines	win	367	Personnel.Elect.Unspecified=3
T	wing	wing	400	Movement.Transportation.Unspecified=1
T	wings	wing	400	Movement.Transportation.Unspecified=1
T	winner	winner	267	Personnel.Elect.Unspecified=1
T	winners	winner	200	Personnel.Elect.Unspecified=1
T	winning	win	367	Personnel.Elect.Unspecified=3
T	wins	win	367	Personnel.Elect.Unspecified=3
T	withdraw	withdraw	550	Movement.Transportation.Unspecified=3;Conflict.Yield.Unspecified=2
T	withdrawal	withdrawal	550	Movement.Transportation.Unspecified=3
T	withdrawals	withdrawal	550	Movement.Transportation.Unspecified=3
T	withdrawing	withdraw	550	Movement.Transportation.Unspecified=3;Conflict.Yield.Unspecified=2
T	withdrawn	withdraw	550	Movement.Transportation.Unspecified=3;Conflict.Yield.Unspecified=2
T	withdraws	withdraw	550	Movement.Transportation.Unspecified=3;Conflict.Yield.Unspecified=2
T	withdrew	withdraw	550	Movement.Transportation.Unspecified=3;Conflict.Yield.Unspecified=2
T	won	win	367	Personnel.Elect.Unspecified=3
T	woo	woo	400	Justice.TrialHearing.Unspecified=1
T	wooing	woo	400	Justice.TrialHearing.Unspecified=1
T	works	works	400	ArtifactExistence.ManufactureAssemble.Unspecified=1
T	wound	wound	871	Life.Injure.Unspecified=20
T	wounded	wound	945	Life.Injure.Unspecified=20
T	wounding	wound	904	Life.Injure.Unspecified=20
T	wounds	wound	871	Life.Injure.Unspecified=20
T	wreck	wreck	550	ArtifactExistence.DamageDestroyDisableDismantle.Damage=2
T	wrecked	wreck	550	ArtifactExistence.DamageDestroyDisableDismantle.Damage=2
T	wrecking	wreck	550	ArtifactExistence.DamageDestroyDisableDismantle.Damage=2
T	wrecks	wreck	550	ArtifactExistence.DamageDestroyDisableDismantle.Damage=2
T	x	x	200	Conflict.Attack.DetonateExplode=1
T	yield	yield	400	Conflict.Demonstrate.Unspecified=1;Medical.Intervention.Unspecified=1
T	yielded	yield	400	Conflict.Demonstrate.Unspecified=1;Medical.Intervention.Unspecified=1
T	yielding	yield	400	Conflict.Demonstrate.Unspecified=1;Medical.Intervention.Unspecified=1
T	yields	yield	400	Conflict.Demonstrate.Unspecified=1;Medical.Intervention.Unspecified=1
