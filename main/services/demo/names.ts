// Plausible UK names of many origins for the demo practice. Forenames and
// surnames are grouped by heritage so most people get a coherent pairing.

export const nameGroups: { forenames: string[]; surnames: string[] }[] = [
  {
    forenames: [
      'Oliver',
      'Amelia',
      'George',
      'Isla',
      'Harry',
      'Ava',
      'Jack',
      'Poppy',
      'Charlie',
      'Freya',
      'Alfie',
      'Grace',
      'Thomas',
      'Ella',
      'Jacob',
      'Evie',
      'Oscar',
      'Lily',
      'William',
      'Sophie',
    ],
    surnames: [
      'Smith',
      'Jones',
      'Taylor',
      'Brown',
      'Wilson',
      'Johnson',
      'Walker',
      'Wright',
      'Robinson',
      'Thompson',
      'Hughes',
      'Edwards',
      'Green',
      'Hall',
      'Wood',
      'Clarke',
      'Turner',
      'Hill',
    ],
  },
  {
    forenames: ['Siân', 'Rhys', 'Cerys', 'Dafydd', 'Ffion', 'Gethin', 'Megan', 'Iwan', 'Nia', 'Owain'],
    surnames: ['Davies', 'Evans', 'Williams', 'Morgan', 'Griffiths', 'Price', 'Powell', 'Llewellyn'],
  },
  {
    forenames: ['Eilidh', 'Callum', 'Isla', 'Fraser', 'Mhairi', 'Lachlan', 'Ailsa', 'Ruaridh'],
    surnames: ['MacDonald', 'Campbell', 'Stewart', 'McLeod', 'Fraser', 'Murray', 'Ross'],
  },
  {
    forenames: ['Aoife', 'Cian', 'Niamh', 'Oisín', 'Saoirse', 'Seán', 'Róisín', 'Ciarán'],
    surnames: ["O'Neill", "O'Brien", 'Murphy', 'Byrne', 'Kelly', 'Ó Súilleabháin', 'McCarthy'],
  },
  {
    forenames: ['Łukasz', 'Zofia', 'Jakub', 'Wiktoria', 'Mateusz', 'Zuzanna', 'Kacper', 'Małgorzata'],
    surnames: ['Nowak', 'Kowalski', 'Wiśniewska', 'Wójcik', 'Kamiński', 'Lewandowska', 'Zieliński'],
  },
  {
    forenames: ['Aarav', 'Priya', 'Arjun', 'Ananya', 'Rohan', 'Diya', 'Vikram', 'Kavya', 'Harpreet', 'Gurpreet'],
    surnames: ['Patel', 'Sharma', 'Singh', 'Kaur', 'Gupta', 'Shah', 'Mistry', 'Chauhan'],
  },
  {
    forenames: ['Muhammad', 'Aisha', 'Ibrahim', 'Fatima', 'Yusuf', 'Maryam', 'Zayn', 'Hafsa', 'Bilal', 'Amira'],
    surnames: ['Khan', 'Hussain', 'Ahmed', 'Ali', 'Rahman', 'Begum', 'Iqbal', 'Chowdhury'],
  },
  {
    forenames: ['Chidera', 'Tobi', 'Adaeze', 'Kwame', 'Ama', 'Femi', 'Ngozi', 'Kofi'],
    surnames: ['Okafor', 'Adeyemi', 'Mensah', 'Owusu', 'Okonkwo', 'Boateng', 'Adebayo'],
  },
  {
    forenames: ['Hodan', 'Abdi', 'Ayaan', 'Farah', 'Warsame', 'Idil'],
    surnames: ['Mohamed', 'Abdullahi', 'Hassan', 'Warsame', 'Farah'],
  },
  { forenames: ['Wei', 'Mei', 'Jun', 'Xin', 'Hao', 'Ling'], surnames: ['Chen', 'Wang', 'Li', 'Zhang', 'Liu', 'Wong'] },
  {
    forenames: ['Andrei', 'Ioana', 'Mihai', 'Elena', 'Ștefan', 'Ana'],
    surnames: ['Popescu', 'Ionescu', 'Stan', 'Dumitru', 'Constantin'],
  },
  {
    forenames: ['Kai', 'Jayden', 'Malachi', 'Shanice', 'Tyrone', 'Leah'],
    surnames: ['Campbell', 'Francis', 'Richards', 'Grant', 'Bailey'],
  },
];

export const schoolNames = [
  'Northfield Academy',
  "St Aidan's Church of England High School",
  'Castle Vale School',
  'Riverside Community College',
  'Oakwood Park Academy',
  'Bishop Hooper Catholic School',
  'Millbrook High School',
  'Hawthorn Academy',
];

/** Where the schools of a larger practice are: a school's name with its town tells two of the same name apart. */
export const schoolTowns = [
  'Ashford',
  'Barnsley',
  'Crewe',
  'Dudley',
  'Exmouth',
  'Frome',
  'Grimsby',
  'Hexham',
  'Ilkeston',
  'Kendal',
  'Lowestoft',
  'Matlock',
];

export const collegeNames = ['Westbridge Sixth Form College', 'Kingsmead College of Further Education'];

export const tutorNames = [
  'Ms Patel',
  'Mr Evans',
  'Mrs Okafor',
  'Mr Nowak',
  'Miss Hughes',
  'Dr Chen',
  'Mr Campbell',
  'Mrs Begum',
];
