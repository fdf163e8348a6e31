/**
 * The quiz "Hvad vil du have ud af netværk?" / "What do you want from networking?": its items' texts
 * in both languages. Their ids and answer order are in `src/lib/quiz/items.ts`; the result profiles
 * are in `profiles.ts`.
 *
 * The four purposes (fællesskab/community, adgang/access, indflydelse/influence, læring/learning)
 * come from Wanscher, Nielsen & Beckmann, *Hvad vil I med netværk?* (Jurist- og Økonomforbundet,
 * 2010). Most people want more than one of them, but one network rarely gives all four.
 *
 * Every item is a forced choice with one answer per purpose. The answers are meant to be equally
 * attractive and about the same length, so none of them reads as the right one. `optionOrder` is varied
 * so that, across all items, each purpose is shown in each position about equally often.
 * `tests/unit/quiz-bank.test.ts` checks both and prints the counts.
 */
import type { QuizItemId } from '../../lib/quiz/items';
import type { QuizItemEntry } from '../../lib/quiz/types';

export const quizItemEntries: Record<QuizItemId, QuizItemEntry> = {
  q01: {
    prompt: {
      da: 'Du er på vej hjem fra et netværksmøde. Hvad gjorde, at det var aftenen værd?',
      en: 'You’re on your way home from a network meeting. What made the evening worth it?',
    },
    options: {
      community: {
        da: 'Jeg så de kendte ansigter igen og følte mig godt tilpas.',
        en: 'I saw the familiar faces again and felt right at home.',
      },
      access: {
        da: 'Jeg fik et par nye navne, som jeg kan skrive til i næste uge.',
        en: 'I got two new names that I can get in touch with next week.',
      },
      influence: {
        da: 'Vi blev enige om at tage en sag op, som jeg brænder for.',
        en: 'We agreed to take up an issue that I really care about.',
      },
      learning: {
        da: 'Jeg hørte en ny måde at gribe et problem an, som jeg selv har.',
        en: 'I heard a new way to tackle a problem I’m facing myself.',
      },
    },
    optionOrder: ['community', 'access', 'influence', 'learning'],
  },
  q02: {
    prompt: {
      da: 'Du tænker på at skifte job. Hvad håber du mest, at dit netværk kan hjælpe dig med?',
      en: 'You’re thinking about changing jobs. What do you most hope your network can help with?',
    },
    options: {
      community: {
        da: 'At have nogen at vende det med, så jeg ikke står alene med valget.',
        en: 'Someone to talk it over with, so I’m not choosing alone.',
      },
      access: {
        da: 'At høre om gode stillinger, før de overhovedet bliver slået op.',
        en: 'Hearing about good openings before they’re even advertised.',
      },
      influence: {
        da: 'At blive kendt i faget for mine synspunkter, så folk lytter til mig.',
        en: 'Getting known in my field for my views, so that people listen to me.',
      },
      learning: {
        da: 'At høre fra folk, der har skiftet, hvad de ville gøre anderledes.',
        en: 'Hearing what people who’ve made the move would do differently.',
      },
    },
    optionOrder: ['access', 'influence', 'learning', 'community'],
  },
  q03: {
    prompt: {
      da: 'Din faglige forening søger folk til den lokale gruppe. Hvad ville få dig til at sige ja?',
      en: 'Your professional association is looking for people for its local group. What would make you say yes?',
    },
    options: {
      community: {
        da: 'At lære flere folk i mit fag at kende der, hvor jeg bor.',
        en: 'Getting to know people in my line of work close to home.',
      },
      access: {
        da: 'At møde folk fra andre steder, som jeg ellers aldrig ville møde.',
        en: 'Meeting people from other places I’d never run into otherwise.',
      },
      influence: {
        da: 'At være med til at bestemme, hvad foreningen kæmper for.',
        en: 'Having a real say in what the association stands up for.',
      },
      learning: {
        da: 'At få faglige idéer, som jeg kan bruge direkte i mit arbejde.',
        en: 'Picking up ideas from my field that I can use at work.',
      },
    },
    optionOrder: ['influence', 'learning', 'community', 'access'],
  },
  q04: {
    prompt: {
      da: 'Du har lige startet for dig selv. Hvad har du mest brug for fra andre de første måneder?',
      en: 'You’ve just gone freelance. What do you need most from other people in the first few months?',
    },
    options: {
      community: {
        da: 'Nogen i samme båd, så jeg ikke sidder alene med det hele.',
        en: 'People in the same boat, so I’m not on my own with all of it.',
      },
      access: {
        da: 'Nogen, der husker mig og nævner mit navn, når der er en opgave.',
        en: 'People who remember me and pass my name on when work comes up.',
      },
      influence: {
        da: 'At være med, når vi selvstændige står sammen om bedre vilkår.',
        en: 'Joining other freelancers to stand up for better pay and terms.',
      },
      learning: {
        da: 'Råd om opgaver og priser fra nogen, der har gjort det i mange år.',
        en: 'Advice on projects and pricing from people who’ve done this for years.',
      },
    },
    optionOrder: ['learning', 'community', 'access', 'influence'],
  },
  q05: {
    prompt: {
      da: 'Du er lige blevet leder for første gang og kan komme med i et netværk for nye ledere. Hvad håber du på?',
      en: 'You’ve just become a manager for the first time and can join a network for new managers. What do you hope for?',
    },
    options: {
      community: {
        da: 'Et sted, hvor jeg kan sige højt, at det er svært, og blive forstået.',
        en: 'A place where I can admit that it’s hard and be understood.',
      },
      access: {
        da: 'At lære ledere i andre firmaer at kende, som jeg kan ringe til.',
        en: 'Getting to know managers at other firms whom I can call on.',
      },
      influence: {
        da: 'At stå sammen med andre ledere om at ændre ting i vores organisation.',
        en: 'Working with other managers to change how our organisation runs.',
      },
      learning: {
        da: 'At se, hvordan andre løser de samme opgaver, og blive bedre selv.',
        en: 'Seeing how others handle the same tasks, and getting better myself.',
      },
    },
    optionOrder: ['community', 'influence', 'learning', 'access'],
  },
  q06: {
    prompt: {
      da: 'Du er på sidste semester og får tilbudt en mentor fra dit fag. Hvad vil du helst have ud af det?',
      en: 'You’re in your final term and are offered a mentor from your field. What would you most like from it?',
    },
    options: {
      community: {
        da: 'En, der husker, hvordan det var at starte, og som tror på mig.',
        en: 'Someone who remembers what starting out was like and believes in me.',
      },
      access: {
        da: 'En, der kan åbne et par døre og anbefale mig de rette steder.',
        en: 'Someone who can open a few doors and mention me in the right places.',
      },
      influence: {
        da: 'Opbakning til at sige mine egne holdninger højt i fagets debatter.',
        en: 'Backing to speak up with my own views in my field’s debates.',
      },
      learning: {
        da: 'En at stille alle de spørgsmål til, som studiet ikke svarede på.',
        en: 'Someone to ask all the questions my degree never answered.',
      },
    },
    optionOrder: ['influence', 'learning', 'access', 'community'],
  },
  q07: {
    prompt: {
      da: 'Du vil skrive på LinkedIn til Sara, som du ikke kender. Hvad vil du helst spørge hende om?',
      en: 'You want to write to Sara on LinkedIn, though you’ve never met. What would you most like to ask her?',
    },
    options: {
      community: {
        da: 'Om vi skal mødes en dag, nu hvor vi står i samme situation.',
        en: 'Whether we should meet up, since we’re in the same situation.',
      },
      access: {
        da: 'Om hun vil sætte mig i kontakt med en kollega i hendes firma.',
        en: 'Whether she’d put me in touch with someone at her company.',
      },
      influence: {
        da: 'Om hun vil være med i en gruppe, der vil ændre noget i vores fag.',
        en: 'Whether she’d join a group that wants to change things in our field.',
      },
      learning: {
        da: 'Om hun vil se på noget, jeg har lavet, og sige, hvad der kan blive bedre.',
        en: 'Whether she’d look at something I’ve made and say how it could be better.',
      },
    },
    optionOrder: ['learning', 'access', 'community', 'influence'],
  },
  q08: {
    prompt: {
      da: 'Det er kaffepause på en konference. Hvilken samtale vil du helst ende i?',
      en: 'It’s the coffee break at a conference. Which conversation would you most like to end up in?',
    },
    options: {
      community: {
        da: 'En snak med folk, der kæmper med det samme som mig.',
        en: 'A chat with people who are wrestling with the same things as me.',
      },
      access: {
        da: 'En snak med en, der kender mange og gerne præsenterer folk.',
        en: 'A chat with someone who knows everyone and likes to connect people.',
      },
      influence: {
        da: 'En snak om, hvad vi sammen kan gøre ved et problem i faget.',
        en: 'A talk about what we could do together about a problem in our field.',
      },
      learning: {
        da: 'En snak om dagens oplæg med en, der ved mere end mig.',
        en: 'A chat about the last talk with someone who knows more than me.',
      },
    },
    optionOrder: ['access', 'community', 'influence', 'learning'],
  },
  q09: {
    prompt: {
      da: 'Du har kun tid til én ny gruppe i år. Hvilken vælger du?',
      en: 'You only have time for one new group this year. Which one do you pick?',
    },
    options: {
      community: {
        da: 'En lille, fast kreds, hvor vi kender og støtter hinanden.',
        en: 'A small, steady circle where we know and back each other.',
      },
      access: {
        da: 'En gruppe, hvor de andre kender folk de steder, jeg gerne vil ind.',
        en: 'A group whose members know people in the places I’d like to get into.',
      },
      influence: {
        da: 'En gruppe, der bliver lyttet til, når der skal besluttes noget.',
        en: 'A group that gets listened to when decisions are made.',
      },
      learning: {
        da: 'En gruppe, hvor jeg kan prøve nye idéer af og få ærlige svar.',
        en: 'A group where I can try out new ideas and get honest answers.',
      },
    },
    optionOrder: ['access', 'learning', 'influence', 'community'],
  },
  q10: {
    prompt: {
      da: 'Din netværksgruppe stopper efter fem år. Hvad kommer du til at savne mest?',
      en: 'Your network group is winding up after five years. What will you miss most?',
    },
    options: {
      community: {
        da: 'De faste ansigter og følelsen af at høre til et sted.',
        en: 'The familiar faces and the feeling of belonging somewhere.',
      },
      access: {
        da: 'Dem, der altid vidste, hvem jeg skulle tale med.',
        en: 'The people who always knew who I ought to talk to.',
      },
      influence: {
        da: 'Den stemme, vi havde sammen, når noget skulle ændres.',
        en: 'The voice we had together when something needed to change.',
      },
      learning: {
        da: 'De skarpe spørgsmål, der fik mig til at tænke nyt.',
        en: 'The sharp questions that made me look at things afresh.',
      },
    },
    optionOrder: ['learning', 'influence', 'community', 'access'],
  },
  q11: {
    prompt: {
      da: 'Jeres gruppe planlægger næste års møder. Hvad vil du foreslå?',
      en: 'Your group is planning next year’s meetings. What would you suggest?',
    },
    options: {
      community: {
        da: 'Mere tid til at høre, hvordan det egentlig går med hver enkelt.',
        en: 'More time to hear how each of us is really getting on.',
      },
      access: {
        da: 'Besøg hos firmaer og folk, som vi gerne vil lære at kende.',
        en: 'Visits to firms and people we’d like to get to know better.',
      },
      influence: {
        da: 'At vi sammen skriver et forslag til dem, der bestemmer i faget.',
        en: 'A joint proposal to the people who make decisions in our field.',
      },
      learning: {
        da: 'Et fagligt emne til hvert møde, som vi alle læser lidt om først.',
        en: 'A topic for each meeting that we all read up on a little first.',
      },
    },
    optionOrder: ['influence', 'community', 'access', 'learning'],
  },
  q12: {
    prompt: {
      da: 'En tidligere kollega kender nu rigtig mange i jeres fag. Hvad ville du helst, hun gjorde for dig?',
      en: 'A former colleague now knows a lot of people in your field. What would you most like her to do for you?',
    },
    options: {
      community: {
        da: 'Holde fast i kontakten, så vi stadig kan støtte hinanden.',
        en: 'Stay in touch, so we can keep backing each other up.',
      },
      access: {
        da: 'Præsentere mig for et par af dem, jeg gerne vil tale med.',
        en: 'Put me in touch with a few of the people I’d like to talk to.',
      },
      influence: {
        da: 'Bakke mig op, når jeg vil have en sag taget op i faget.',
        en: 'Back me when I want to get an issue taken up in our field.',
      },
      learning: {
        da: 'Dele, hvad hun har lært af alle de folk, hun møder.',
        en: 'Share what she’s learned from all the people she meets.',
      },
    },
    optionOrder: ['community', 'access', 'learning', 'influence'],
  },
  q13: {
    prompt: {
      da: 'Din arbejdsplads skal omorganiseres. Hvem vil du helst have omkring dig?',
      en: 'Your workplace is being reorganised. Who would you most like to have around you?',
    },
    options: {
      community: {
        da: 'Kolleger, der står i samme situation, og som jeg kan tale med.',
        en: 'Colleagues in the same position whom I can talk to.',
      },
      access: {
        da: 'Folk, der ved, hvor der er brug for en som mig andre steder.',
        en: 'People who know where someone like me is needed elsewhere.',
      },
      influence: {
        da: 'Dem, der kan give os en stemme i, hvordan det nye skal se ud.',
        en: 'People who can give us a say in how the new set-up will look.',
      },
      learning: {
        da: 'Folk, der har prøvet det før, og som ved, hvad der virker.',
        en: 'People who’ve been through it before and know what works.',
      },
    },
    optionOrder: ['influence', 'access', 'learning', 'community'],
  },
  q14: {
    prompt: {
      da: 'Du flytter til en ny by for et nyt job. Hvad håber du at finde der?',
      en: 'You’re moving to a new city for a new job. What do you hope to find there?',
    },
    options: {
      community: {
        da: 'Folk, jeg kan føle mig hjemme sammen med, også uden for jobbet.',
        en: 'People I can feel at home with, at work and outside it.',
      },
      access: {
        da: 'Folk, der kender byen og kan vise mig de rette steder og navne.',
        en: 'People who know the city and can point me to the right names.',
      },
      influence: {
        da: 'Et sted, hvor jeg kan være med til at forme det, der sker lokalt.',
        en: 'A chance to help shape what happens in my new home town.',
      },
      learning: {
        da: 'Folk, der arbejder på helt andre måder, end jeg er vant til.',
        en: 'People whose way of working is quite different from mine.',
      },
    },
    optionOrder: ['community', 'learning', 'access', 'influence'],
  },
};
