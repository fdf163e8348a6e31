import type { Purpose } from '../../lib/shared/purposes';
import type { PurposeProfileText } from '../../lib/quiz/types';

/** What the quiz's result says about each purpose, in both languages. The names are in `src/data/purposes.ts`. */
export const purposeProfileTexts: Record<Purpose, PurposeProfileText> = {
  community: {
    summary: {
      da: 'Du søger et sted at høre til og folk, der forstår dig.',
      en: 'You want a place to belong and people who get you.',
    },
    meaning: {
      da: 'Du vil gerne være en del af en kreds, hvor folk kender dig og ved, hvad du står i. Det giver ro og mod at have nogen at dele både sejre og nederlag med. Det betyder mest, når du er ny, alene i dit fag eller midt i en forandring.',
      en: 'You want to be part of a circle where people know you and what you’re dealing with. Having others to share the wins and the setbacks with gives you calm and courage. It matters most when you’re new, on your own in your work or in the middle of a change.',
    },
    suits: {
      da: 'En lille, fast gruppe, der mødes tit, fx en erfagruppe eller en lokal gruppe i din forening. Det er tilliden og ikke dagsordenen, der holder sådan en gruppe sammen.',
      en: 'A small, steady group that meets often, such as an erfa group or the local branch of your association. What holds a group like that together is trust, not the agenda.',
    },
    lookFor: {
      da: 'Folk, der står et sted, der minder om dit, men har hver sin baggrund. Og folk, der er nysgerrige på andre og holder, hvad de lover.',
      en: 'People in much the same place as you, each with their own background. And people who take a real interest in others and keep their word.',
    },
    offer: {
      da: 'Mød op, også når du har travlt. Spørg ind, lyt, og husk, hvad de andre fortalte sidst. Din støtte er lige så meget værd for dem, som deres er for dig.',
      en: 'Turn up, even when you’re busy. Ask, listen and remember what people told you last time. Your support means as much to them as theirs does to you.',
    },
    pitfall: {
      da: 'Gruppen kan blive så tryg og ens, at ingen bringer noget nyt ind længere. Tag en gang imellem en gæst med, som har en helt anden baggrund.',
      en: 'The group can grow so safe and so alike that nobody brings in anything new. Now and then, bring along a guest from a quite different background.',
    },
    articles: ['network-groups', 'network-value', 'relationships'],
  },
  access: {
    summary: {
      da: 'Du søger døre, der kan åbne sig, og folk, der kan bygge bro.',
      en: 'You want doors that can open and people who can build bridges.',
    },
    meaning: {
      da: 'Du vil gerne nå mennesker, viden og chancer, som du ikke kan nå alene. Måske drejer det sig om et nyt job, nye kunder eller bare det rette navn at ringe til. Tit er det de løse bekendte, der bringer det nye ind.',
      en: 'You want to reach people, knowledge and chances you can’t reach on your own. That might be a new job, new clients or simply the right name to call. It’s often loose acquaintances who bring in something new.',
    },
    suits: {
      da: 'Et bredt og åbent netværk med folk fra mange steder, fx et lokalt erhvervsnetværk eller en brancheforening. Hold også kontakten til gamle kolleger og studiekammerater.',
      en: 'A broad, open network of people from many places, such as a local business network or a trade association. Keep in touch with former colleagues and classmates too.',
    },
    lookFor: {
      da: 'Forbinderne: dem, der kender mange og gerne kobler folk sammen. Og folk, der færdes i andre kredse end dig.',
      en: 'The connectors: people who know lots of others and enjoy putting them in touch. And people who move in different circles from yours.',
    },
    offer: {
      da: 'Vær selv en bro og en døråbner for andre. Sæt folk i forbindelse med hinanden, giv nyt om job og opgaver videre, og sig tak, når nogen hjælper dig.',
      en: 'Be a bridge and a door-opener for others yourself. Put people in touch with each other, pass on news of jobs and projects, and say thank you when someone helps you.',
    },
    pitfall: {
      da: 'At spørge direkte efter et job eller en opgave. Det gør det svært for folk at svare. Spørg hellere, hvad de ved, og hvem du bør tale med.',
      en: 'Asking straight out for a job or a piece of work. It puts people on the spot. Ask instead what they know and who you ought to talk to.',
    },
    articles: ['map-your-network', 'relationships', 'starting-out', 'network-value'],
  },
  influence: {
    summary: {
      da: 'Du vil være med til at præge beslutninger og dit fag, og du vil blive hørt.',
      en: 'You want a hand in shaping decisions and your field, and to be heard.',
    },
    meaning: {
      da: 'Du vil ikke kun følge med, men være med til at sætte retningen. Det kan være i din organisation, i din forening eller i dit fag som helhed. Det handler både om at stå sammen med andre og om selv at blive set og hørt, så folk ved, hvad du står for.',
      en: 'You don’t just want to keep up; you want a say in where things are heading. That could be in your organisation, your association or your field as a whole. It is about joining forces with others, and also about being seen and heard yourself, so people know what you stand for.',
    },
    suits: {
      da: 'En gruppe med et klart fælles mål, fx et udvalg i din faglige forening eller et netværk af ledere på tværs af afdelinger. Den mest hyggelige gruppe er sjældent den, der flytter mest.',
      en: 'A group with a clear shared aim, such as a committee in your professional association or a network of managers across departments. The cosiest group is rarely the one that gets the most done.',
    },
    lookFor: {
      da: 'Folk, der brænder for den samme sag, men ser den fra hver sin side. Og folk i øjenhøjde, som vil give og tage, ikke kun dem med de største titler.',
      en: 'People who care about the same cause but see it from different sides. And people at your own level who give as well as take, not just the ones with the biggest titles.',
    },
    offer: {
      da: 'Din tid, din viden og en indsats for sagen. Lyt til de andres mål, og giv dem en hånd, når det er deres sag, der skal frem.',
      en: 'Your time, your know-how and real work on the cause. Listen to what others are aiming for, and lend a hand when it’s their issue that needs a push.',
    },
    pitfall: {
      da: 'At jagte de magtfulde navne. Spørg dig selv, hvad de skulle få ud af at kende dig. Har du intet svar, bliver relationen skæv.',
      en: 'Chasing the powerful names. Ask yourself what they’d get out of knowing you. If you have no answer, the relationship will be lopsided.',
    },
    articles: ['relationships', 'network-value', 'network-groups'],
  },
  learning: {
    summary: {
      da: 'Du vil blive klogere og se dit arbejde med nye øjne.',
      en: 'You want to grow and see your work with fresh eyes.',
    },
    meaning: {
      da: 'Du vil gerne blive dygtigere ved at se, hvordan andre gør, og lade dem se, hvordan du gør. Du søger sparring, ny viden og spørgsmål, der får dig til at tænke nyt. Det bedste input kommer tit fra folk, der ikke ligner dig.',
      en: 'You want to get better at what you do by seeing how others work and letting them see how you work. You’re after a sounding board, new knowledge and questions that make you think again. The best input often comes from people who aren’t like you.',
    },
    suits: {
      da: 'En erfagruppe, hvor I tager rigtige sager med og giver hinanden råd. Eller en gruppe med folk fra andre fag og brancher, som ser tingene fra en anden side.',
      en: 'An erfa group, where you bring real cases and give each other advice. Or a group of people from other fields and sectors who look at things from another side.',
    },
    lookFor: {
      da: 'Folk, der tænker anderledes end dig, og som tør sige det ærligt. Og folk, der selv gerne vil lære, så det går begge veje.',
      en: 'People who think differently from you and are willing to say so. And people who want to learn too, so it works both ways.',
    },
    offer: {
      da: 'Del din egen erfaring, også det, der gik galt. Giv gode råd, når det er de andres tur, og fortæl bagefter, hvordan det gik med deres råd til dig.',
      en: 'Share your own experience, including what went wrong. Give good advice when it’s someone else’s turn, and tell them later how their advice to you worked out.',
    },
    pitfall: {
      da: 'At komme for at hente viden, men springe menneskene over. Viden flyder kun, hvor folk stoler på hinanden, så giv dig tid til at lære de andre at kende.',
      en: 'Coming for the knowledge but skipping the people. Knowledge only flows where there’s trust, so take the time to get to know the others.',
    },
    articles: ['network-groups', 'map-your-network', 'network-value', 'starting-out'],
  },
};
