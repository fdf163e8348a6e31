import type { WorkshopPlan } from './types';

/** The two workshop plans in English. Same steps and minutes as `da.ts` (a unit test checks). */
export const short: WorkshopPlan = {
  id: 'short',
  minutes: 90,
  title: '90 minutes: from purpose to first step',
  steps: [
    {
      minutes: 5,
      title: 'Welcome',
      what: 'Welcome. Say what they will take home, and show the plan. Ask everyone to open the site on their phone now, while the connection works.',
      notes: [
        'Say the goal out loud: you leave with one person you will contact next week, and a question for them.',
        'Show the plan on the screen. The break comes after 40 minutes.',
        'Remember: answers stay on the participants’ own phones. There is no login.',
      ],
    },
    {
      minutes: 10,
      title: 'Names, in pairs',
      what: 'In pairs: say your name, and tell your partner about one person who once helped you along. Five minutes each. Say "swap" halfway.',
      notes: [
        'In pairs everyone gets to tell their story, even with 30 in the room. A round in plenary would give each person less than half a minute.',
        'Say "swap" after five minutes. With an odd number, make one group of three.',
        'If there is time, ask two or three people to share their story briefly with everyone.',
      ],
    },
    {
      minutes: 5,
      title: 'The four purposes',
      what: 'Your short talk on the four purposes of a network. Participants follow on the sheet The four purposes of a network.',
      talk: true,
      notes: [
        'People look for four things in a network: community, access, influence and learning. Most want a bit of each, but one matters most right now.',
        'Community: somewhere to belong. Access: ways in to people, work and jobs you could not reach alone. Influence: moving something together with others. Learning: getting wiser from people who know something you do not.',
        'No purpose is better than the others. But a network expected to give all four at once often gives none of them fully.',
        'The quiz in a moment shows what matters most to you now. It measures nothing; it gives you something to talk about.',
        'Point to the corner signs: in a quarter of an hour you will stand under your own purpose.',
      ],
    },
    {
      minutes: 10,
      title: 'The quiz',
      what: 'The quiz, alone, on paper or on a phone. On paper they count their own score with the key. If you took it at home, find your top purpose on the sheet and write down an example from your life where a network gave you just that.',
      notes: [
        'Hand out the paper version to anyone who would rather not use their phone.',
        'Those who took the quiz at home have a task: one example from their own life of their top purpose.',
        'Say when two minutes are left, so they have time to count.',
      ],
    },
    {
      minutes: 10,
      title: 'The compass in the room',
      what: 'Everyone stands under the corner sign for the purpose with their highest score. With a tie, stand between the corners. In pairs in the corner: does it match what you spend your time on today? Ask a few people in each corner.',
      notes: [
        'To show the whole room on the screen, scan their QR codes with the room scanner on the workshop page as they walk to the corners.',
        'Ask in each corner: why are you standing here? Where do you get this today?',
        'Notice the empty corner, if there is one. What does it say about the room?',
      ],
    },
    {
      minutes: 5,
      title: 'Break',
      what: 'Break.',
      notes: ['Put out the blank contact maps and markers during the break.'],
    },
    {
      minutes: 25,
      title: 'Your contact map',
      what: 'The contact map, alone. Write your goal in the middle. Go through the parts of your life one at a time: work, study, associations, spare time. Write down names. Then circle three people who could help you towards the goal.',
      notes: [
        'Show your own map as an example, and say that spelling mistakes and mess are fine.',
        'Read out the parts of life every few minutes: work now, earlier jobs, study, associations, spare time, family.',
        'Five minutes before the end: circle three people who could help you towards the goal.',
      ],
    },
    {
      minutes: 15,
      title: 'In threes: the question',
      what: 'In threes: each person picks one name from the map. What will you ask them? Say the question out loud, and get help to make it simple. Ask for knowledge or advice, not for a job.',
      notes: [
        'Five minutes each. Say when it is time to move on.',
        'A good question can be answered in ten minutes over a coffee.',
        'Ask for knowledge or advice, not for a job. It is easier to say yes to.',
      ],
    },
    {
      minutes: 5,
      title: 'Your first step',
      what: 'Close. Everyone writes their first step and a date at the top of the map. Show them where to find the exercises afterwards.',
      notes: [
        'Ask everyone to write the name, the question and a date at the top of the map.',
        'Show where the exercises are, and that their results can be printed from My data.',
        'Thank everyone.',
      ],
    },
  ],
};

export const long: WorkshopPlan = {
  id: 'long',
  minutes: 180,
  title: '3 hours: a network group from purpose to agreement',
  steps: [
    {
      minutes: 15,
      title: 'Welcome',
      what: 'Welcome. At each table: name, group, and one thing you hope to take home. One minute each, so the whole table gets a turn.',
      notes: [
        'Say the goal: each group leaves with its purpose in one sentence and a date for its next meeting.',
        'The round happens at the tables, not in plenary: with 4–6 at a table everyone gets a minute.',
        'Show the plan. The break comes after 1 hour 20 minutes.',
      ],
    },
    {
      minutes: 15,
      title: 'The quiz',
      what: 'The quiz, alone, for those who have not taken it. Everyone counts their score. If you took it at home, write on a sticky note what you hope the group gives you a year from now, and what you can give it.',
      notes: [
        'Paper or phone, as each person prefers.',
        'Those who bring their result from home write the two sticky notes. The table will use them later.',
        'Say when three minutes are left.',
      ],
    },
    {
      minutes: 15,
      title: 'What does the table want?',
      what: 'At the table: put the results side by side. How many want the same thing? Use *What do the members want?* on the group purpose page, or count on a sheet.',
      notes: [
        'To show the whole room on the screen, scan the results with the room scanner on the workshop page.',
        'Ask the tables: do you agree on what you are after, or are you pulling in different directions?',
        'Disagreement is not a problem. It is what the worksheet is for.',
      ],
    },
    {
      minutes: 10,
      title: 'Your talk',
      what: 'Your short talk: the four purposes, and why loose acquaintances often bring something new. Keep it brief, and use the sheet on the four purposes.',
      talk: true,
      notes: [
        'The four purposes: community, access, influence and learning. A group can hold several, but it must know which comes first.',
        'Close friends and colleagues know the same people and hear the same news as you. Loose acquaintances move in other circles and hear about other things.',
        'Ask the room: who heard about their current job or latest assignment through someone they only knew a little? Let the hands speak.',
        'A group that only sees itself closes in on itself. A good question for every meeting: who is missing?',
        'Moving on: now you write the group’s purpose. Start with what most people at the table want.',
      ],
    },
    {
      minutes: 25,
      title: 'Worksheet a and b',
      what: 'The worksheet, parts a and b: purpose, kind and boundaries. Tables whose members come from different groups work on the case below the plan.',
      notes: [
        'Three minutes of silent writing on sticky notes before anyone speaks.',
        'Tables of strangers: hand out the case, or read it aloud.',
        'A purpose should fit in one sentence. If it needs two, you have two purposes.',
      ],
    },
    {
      minutes: 15,
      title: 'Break',
      what: 'Break.',
      notes: ['Walk past the tables before the break: is one of them stuck on part a?'],
    },
    {
      minutes: 35,
      title: 'Worksheet c, d and e',
      what: 'The worksheet, parts c, d and e: members, content and form.',
      notes: [
        'Swap roles at the tables now: a new timekeeper, a new writer, a new person asking "who is missing?".',
        'Part c: who should be in it, and who should not? Part d: what do you do when you meet? Part e: how often, where and for how long?',
        'Say when ten minutes are left.',
      ],
    },
    {
      minutes: 15,
      title: 'Worksheet f and g',
      what: 'The worksheet, parts f and g: each person says what they can contribute. The table agrees how they will see that the group is worth the time.',
      notes: [
        'Everyone names one thing they can give the group: knowledge, being a bridge to someone, or being a door-opener.',
        'Ask: six months from now, how will you see that the group was worth the time?',
      ],
    },
    {
      minutes: 10,
      title: 'Is the group alive?',
      what: 'The vitality check. First each person quietly writes their own numbers on a scrap of paper. Then the table fills in the sheet together: agree on one number for each sign, and talk about the sign with the lowest score.',
      notes: [
        'Two minutes alone, so everyone has their own number before hearing the others’.',
        'The sheet is filled in together: one number per sign that the table agrees on.',
        'Where did you disagree most? That is often the most useful thing to talk about.',
      ],
    },
    {
      minutes: 15,
      title: 'Who is missing?',
      what: 'The contact map, alone: who outside the group could bring in something new? Pick one person to invite next time.',
      notes: [
        'Think of loose acquaintances: a former colleague, someone from a club, someone you met on a course.',
        'Pick one person and write down what they could bring in.',
      ],
    },
    {
      minutes: 10,
      title: 'Purpose and date',
      what: 'Close. Each table says its purpose in one sentence, and the date of its next meeting.',
      notes: [
        'One minute per table: the purpose in one sentence and the date of the next meeting.',
        'Remind them to do the vitality check again in six months.',
        'Thank everyone.',
      ],
    },
  ],
};

export const plans: Record<'short' | 'long', WorkshopPlan> = { short, long };
