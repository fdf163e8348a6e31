import type { WorkshopPlan } from './types';

/** The two workshop plans in Danish. Same steps and minutes as `en.ts` (a unit test checks). */
export const short: WorkshopPlan = {
  id: 'short',
  minutes: 90,
  title: '90 minutter: fra formål til første skridt',
  steps: [
    {
      minutes: 5,
      title: 'Velkommen',
      what: 'Velkomst. Sig, hvad de går hjem med, og vis planen. Bed alle åbne siden på telefonen nu, mens der er net.',
      notes: [
        'Sig målet højt: I går hjem med én person, I vil kontakte i næste uge, og et spørgsmål til vedkommende.',
        'Vis planen på skærmen. Pausen ligger efter 40 minutter.',
        'Husk: svarene bliver på deltagernes egne telefoner. Der er ingen login.',
      ],
    },
    {
      minutes: 10,
      title: 'Navne, to og to',
      what: 'To og to: sig dit navn, og fortæl om én person, der engang hjalp dig videre. Fem minutter hver. Sig "byt" ved halv tid.',
      notes: [
        'I par når alle at fortælle, også med 30 i lokalet. En runde i plenum ville give hver person under et halvt minut.',
        'Sig "byt" efter fem minutter. Er der et ulige antal, så dan én gruppe på tre.',
        'Bed to eller tre om at dele deres historie kort med alle, hvis tiden tillader det.',
      ],
    },
    {
      minutes: 5,
      title: 'De fire formål',
      what: 'Dit korte oplæg om de fire formål med netværk. Deltagerne følger med på arket De fire formål med netværk.',
      talk: true,
      notes: [
        'Folk søger fire ting i et netværk: fællesskab, adgang, indflydelse og læring. De fleste vil have lidt af hvert, men ét fylder mest lige nu.',
        'Fællesskab: nogen at høre til hos. Adgang: veje ind til folk, opgaver og job, man ellers ikke når. Indflydelse: at flytte noget sammen med andre. Læring: at blive klogere af folk, der ved noget andet end en selv.',
        'Intet formål er bedre end de andre. Men et netværk, der skal give alle fire på én gang, giver tit ingen af dem helt.',
        'Quizzen om lidt viser, hvad der fylder for dig nu. Den måler ikke noget; den giver noget at tale om.',
        'Peg på hjørneskiltene: om et kvarter står I under jeres eget formål.',
      ],
    },
    {
      minutes: 10,
      title: 'Quizzen',
      what: 'Quizzen alene, på papir eller telefon. På papir tæller de selv point med nøglen. Har du taget den hjemmefra, så find dit øverste formål på arket og skriv et eksempel fra dit liv, hvor et netværk gav dig netop det.',
      notes: [
        'Del papirudgaven ud til dem, der ikke vil bruge telefonen.',
        'Dem, der tog quizzen hjemmefra, har en opgave: ét eksempel fra deres eget liv på deres øverste formål.',
        'Sig, når der er to minutter tilbage, så de når at tælle point.',
      ],
    },
    {
      minutes: 10,
      title: 'Kompasset i lokalet',
      what: 'Alle stiller sig under hjørneskiltet for det formål, de fik flest point i. Står to formål lige, står man mellem hjørnerne. To og to i hjørnet: Passer det med det, du bruger din tid på i dag? Spørg et par stykker i hvert hjørne.',
      notes: [
        'Vil du vise hele rummet på skærmen, så scan deres QR-koder med rumscanneren på workshopsiden, mens de går til hjørnerne.',
        'Spørg i hvert hjørne: Hvorfor står du her? Hvor får du det i dag?',
        'Læg mærke til det tomme hjørne, hvis der er et. Hvad siger det om rummet?',
      ],
    },
    {
      minutes: 5,
      title: 'Pause',
      what: 'Pause.',
      notes: ['Læg de tomme netværkskort og tusser frem, mens folk holder pause.'],
    },
    {
      minutes: 25,
      title: 'Dit netværkskort',
      what: 'Netværkskortet alene. Skriv dit mål i midten. Gå dine sammenhænge igennem én ad gangen: arbejde, uddannelse, forening, fritid. Skriv navne. Sæt til sidst en ring om tre, der kan hjælpe dig mod målet.',
      notes: [
        'Vis dit eget kort som eksempel, og sig, at stavefejl og rod er helt i orden.',
        'Læs sammenhængene højt med et par minutters mellemrum: arbejde nu, tidligere arbejde, uddannelse, foreninger, fritid, familie.',
        'Fem minutter før tid: Sæt en ring om tre, der kan hjælpe dig mod målet.',
      ],
    },
    {
      minutes: 15,
      title: 'Tre og tre: spørgsmålet',
      what: 'Tre og tre: Hver vælger én person fra kortet. Hvad vil du spørge om? Sig spørgsmålet højt, og få hjælp til at gøre det enkelt. Bed om viden eller et råd, ikke om et job.',
      notes: [
        'Fem minutter til hver. Sig til, når det er tid til at skifte.',
        'Et godt spørgsmål kan besvares på ti minutter over en kop kaffe.',
        'Bed om viden eller et råd, ikke om et job. Det er lettere at sige ja til.',
      ],
    },
    {
      minutes: 5,
      title: 'Dit første skridt',
      what: 'Afslutning. Alle skriver deres første skridt og en dato øverst på kortet. Vis, hvor de finder øvelserne bagefter.',
      notes: [
        'Bed alle skrive navnet, spørgsmålet og en dato øverst på kortet.',
        'Vis, hvor øvelserne ligger, og at deres resultater kan printes fra Mine data.',
        'Tak for i dag.',
      ],
    },
  ],
};

export const long: WorkshopPlan = {
  id: 'long',
  minutes: 180,
  title: '3 timer: netværksgruppen fra formål til aftale',
  steps: [
    {
      minutes: 15,
      title: 'Velkommen',
      what: 'Velkomst. Ved hvert bord: navn, gruppe og én ting, du håber at gå hjem med. Et minut hver, så bordet når rundt.',
      notes: [
        'Sig målet: hver gruppe går hjem med sit formål i én sætning og en dato for næste møde.',
        'Runden sker ved bordene, ikke i plenum: med 4–6 ved hvert bord får alle et minut.',
        'Vis planen. Pausen ligger efter 1 time og 20 minutter.',
      ],
    },
    {
      minutes: 15,
      title: 'Quizzen',
      what: 'Quizzen alene, for dem der ikke har taget den. Alle tæller deres point. Har du taget den hjemmefra, så skriv på en post-it, hvad du håber, gruppen giver dig om et år, og hvad du selv kan give den.',
      notes: [
        'Papir eller telefon, som hver enkelt vil.',
        'Dem, der kommer med resultatet hjemmefra, skriver de to post-its. Dem skal bordet bruge senere.',
        'Sig til, når der er tre minutter tilbage.',
      ],
    },
    {
      minutes: 15,
      title: 'Hvad vil bordet?',
      what: 'Ved bordet: Læg resultaterne ved siden af hinanden. Hvor mange søger det samme? Brug *Hvad vil medlemmerne?* på siden med Gruppens formål, eller tæl på et ark.',
      notes: [
        'Vil du vise hele lokalet på skærmen, så scan resultaterne med rumscanneren på workshopsiden.',
        'Spørg bordene: Er I enige om, hvad I søger, eller trækker I i hver sin retning?',
        'Uenighed er ikke et problem. Den er det, arbejdsarket skal bruges til.',
      ],
    },
    {
      minutes: 10,
      title: 'Dit oplæg',
      what: 'Dit oplæg: de fire formål, og hvorfor løse bekendte tit bringer noget nyt. Hold det kort, og brug arket om de fire formål.',
      talk: true,
      notes: [
        'De fire formål: fællesskab, adgang, indflydelse og læring. En gruppe kan godt rumme flere, men den skal vide, hvilket der kommer først.',
        'Tætte venner og kolleger kender de samme folk og hører de samme nyheder som dig. Løse bekendte færdes andre steder og hører om andet.',
        'Spørg salen: Hvem hørte om deres nuværende job eller seneste opgave gennem en, de kun kendte lidt? Lad hænderne tale.',
        'En gruppe, der kun ser sig selv, lukker sig om sig selv. Et godt spørgsmål til hvert møde: Hvem mangler vi?',
        'Overgang: Nu skriver I gruppens formål. Start med det, flest ved bordet søger.',
      ],
    },
    {
      minutes: 25,
      title: 'Arbejdsarket a og b',
      what: 'Arbejdsarket, del a og b: formål, slags og grænser. Borde, hvor folk ikke er fra samme gruppe, arbejder med casen under planen.',
      notes: [
        'Tre minutters stille skrivning på post-its, før nogen taler.',
        'Borde af fremmede: del casen ud, eller læs den højt.',
        'Et formål skal kunne siges i én sætning. Er den længere, har I to formål.',
      ],
    },
    {
      minutes: 15,
      title: 'Pause',
      what: 'Pause.',
      notes: ['Gå en runde forbi bordene før pausen: Er der et bord, der sidder fast i del a?'],
    },
    {
      minutes: 35,
      title: 'Arbejdsarket c, d og e',
      what: 'Arbejdsarket, del c, d og e: medlemmer, indhold og form.',
      notes: [
        'Skift roller ved bordene nu: ny tidtager, ny skriver, ny til at spørge "hvem mangler?".',
        'Del c: Hvem skal være med, og hvem skal ikke? Del d: Hvad laver I, når I mødes? Del e: Hvor tit, hvor og hvor længe?',
        'Sig, når der er ti minutter tilbage.',
      ],
    },
    {
      minutes: 15,
      title: 'Arbejdsarket f og g',
      what: 'Arbejdsarket, del f og g: hver siger, hvad de kan bidrage med. Bordet aftaler, hvordan de ser, at gruppen er tiden værd.',
      notes: [
        'Alle siger én ting, de kan give gruppen: viden, at være bro til nogen, eller at være døråbner.',
        'Spørg: Hvordan vil I om et halvt år se, at gruppen var tiden værd?',
      ],
    },
    {
      minutes: 10,
      title: 'Er gruppen levende?',
      what: 'Vitalitetstjekket. Hver skriver først stille sine egne tal på et stykke papir. Så udfylder bordet arket sammen: bliv enige om ét tal for hvert tegn, og tal om det tegn, der fik lavest.',
      notes: [
        'To minutter alene, så alle har deres eget tal, før de hører de andres.',
        'Arket udfyldes sammen: ét tal pr. tegn, som bordet bliver enige om.',
        'Hvor var I mest uenige? Det er ofte det vigtigste at tale om.',
      ],
    },
    {
      minutes: 15,
      title: 'Hvem mangler?',
      what: 'Netværkskortet alene: Hvem uden for gruppen kunne bringe noget nyt ind? Vælg én, du vil invitere med næste gang.',
      notes: [
        'Tænk på løse bekendte: en tidligere kollega, en fra foreningen, en, du mødte på et kursus.',
        'Vælg én person og skriv, hvad han eller hun kunne bringe ind.',
      ],
    },
    {
      minutes: 10,
      title: 'Formål og dato',
      what: 'Afslutning. Hvert bord siger sit formål i én sætning og datoen for næste møde.',
      notes: [
        'Ét minut pr. bord: formålet i én sætning og datoen for næste møde.',
        'Husk dem på at tage vitalitetstjekket igen om et halvt år.',
        'Tak for i dag.',
      ],
    },
  ],
};

export const plans: Record<'short' | 'long', WorkshopPlan> = { short, long };
