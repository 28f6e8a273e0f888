/**
 * Word banks for the synthetic benchmark cases. Written for the benchmark, not taken from any case:
 * wide enough that full-text search meets common and rare words, as it would in a real collection.
 */

export const COUNTRIES = [
  ["AT", "Austria"], ["BE", "Belgium"], ["BG", "Bulgaria"], ["HR", "Croatia"], ["CY", "Cyprus"], ["CZ", "Czechia"],
  ["DK", "Denmark"], ["EE", "Estonia"], ["FI", "Finland"], ["FR", "France"], ["DE", "Germany"], ["GR", "Greece"],
  ["HU", "Hungary"], ["IE", "Ireland"], ["IT", "Italy"], ["LV", "Latvia"], ["LT", "Lithuania"], ["LU", "Luxembourg"],
  ["MT", "Malta"], ["NL", "Netherlands"], ["PL", "Poland"], ["PT", "Portugal"], ["RO", "Romania"], ["SK", "Slovakia"],
  ["SI", "Slovenia"], ["ES", "Spain"], ["SE", "Sweden"], ["NO", "Norway"], ["IS", "Iceland"], ["RS", "Serbia"],
] as const;

/** Syllables for place and company names; accented ones so that accent-insensitive search is exercised. */
export const SYLLABLES = [
  "val", "mor", "ka", "lin", "bre", "sto", "vi", "ran", "dé", "zu", "ost", "han", "pel", "gra", "to", "ně", "ma", "rik",
  "sel", "bur", "ano", "lo", "tre", "vik", "ço", "sa", "ber", "ga", "mü", "len", "dor", "fa", "il", "ro", "ská", "nes",
  "tar", "qui", "ber", "el", "wa", "ly", "cas", "ter", "no", "vå", "ri", "gen", "po", "lje",
];

export const POLICY_AREAS = [
  "Artificial Intelligence", "Green Transition", "Urban Regeneration", "Skills and Talent", "Creative Tourism",
  "Digital Heritage", "Social Innovation", "Access to Finance", "Internationalisation", "Circular Fashion",
  "Immersive Media", "Health and Wellbeing", "Smart Specialisation", "Public Procurement", "Youth and Education",
  "Cultural Participation", "Rural Creativity", "Data and Platforms",
];

export const SECTORS = [
  "music", "film", "video games", "fashion", "product design", "architecture", "publishing", "crafts", "cultural heritage",
  "performing arts", "visual arts", "photography", "animation", "broadcasting", "advertising", "software", "festivals",
  "museums", "libraries", "theatre", "contemporary dance", "literature", "gastronomy", "textiles", "ceramics", "podcasting",
  "esports", "virtual reality", "immersive media", "street art", "circus", "opera", "comics", "typography", "jewellery",
  "furniture", "printmaking", "radio", "journalism", "sound design", "glassmaking", "puppetry", "translation", "interior design",
];

export const TOPICS = [
  "artificial intelligence", "the circular economy", "the green transition", "urban regeneration", "digitalisation",
  "talent retention", "social inclusion", "sustainable tourism", "smart specialisation", "intellectual property",
  "access to finance", "internationalisation", "cross-sector innovation", "citizen participation", "audience development",
  "wellbeing", "active ageing", "youth employment", "rural development", "low-carbon mobility", "climate adaptation",
  "open data", "public procurement", "incubation", "acceleration programmes", "coworking", "makerspaces", "living labs",
  "artist residencies", "microgrants", "innovation vouchers", "crowdfunding", "impact investment", "blockchain provenance",
  "generative models", "copyright licensing", "algorithmic curation", "accessibility", "multilingual content",
  "biodiversity", "retrofitting", "vacant buildings", "night-time economy", "co-creation", "entrepreneurship education",
];

export const ADJECTIVES = [
  "fragmented", "emerging", "resilient", "informal", "collaborative", "underfunded", "ambitious", "experimental",
  "peripheral", "cross-border", "grassroots", "municipal", "regional", "transnational", "long-term", "short-term",
  "piecemeal", "coherent", "inclusive", "competitive", "vibrant", "dormant", "scattered", "specialised", "mature",
  "fragile", "seasonal", "hybrid", "data-driven", "participatory", "bottom-up", "top-down", "mission-led", "agile",
];

export const NOUNS = [
  "ecosystem", "network", "cluster", "incubator", "programme", "strategy", "portfolio", "pilot", "partnership", "platform",
  "funding scheme", "mentoring", "training", "workspace", "venue", "audience", "market", "supply chain", "value chain",
  "infrastructure", "governance", "regulation", "procurement rule", "evaluation", "monitoring", "roadmap", "showcase",
  "prototype", "catalogue", "archive", "repository", "studio", "hackathon", "competition", "fellowship", "observatory",
  "knowledge transfer", "spin-off", "consortium", "charter", "label", "certification", "foresight exercise",
];

export const VERBS = [
  "strengthen", "connect", "finance", "map", "scale up", "pilot", "coordinate", "evaluate", "simplify", "open up",
  "broaden", "anchor", "retain", "attract", "test", "co-design", "digitise", "document", "align", "bundle", "support",
  "professionalise", "mainstream", "decentralise", "safeguard", "monetise", "showcase", "train", "mentor", "reward",
];

export const GROUPS = [
  "freelancers", "micro-enterprises", "students", "young graduates", "artists", "designers", "developers", "SMEs",
  "cultural organisations", "municipal staff", "residents", "migrants", "older people", "schools", "investors",
  "start-ups", "craftspeople", "researchers", "tourists", "neighbourhood associations", "festival organisers",
];

export const LOCAL_ORGANISATION_KINDS = [
  "City Council", "University", "Academy of Arts", "Chamber of Commerce", "Innovation Agency", "Design Centre", "Film Office",
  "Music Cluster", "Creative Hub", "Maker Lab", "Heritage Trust", "Games Incubator", "Fashion Institute", "Public Library",
  "Museum of Contemporary Art", "Startup Foundation", "Media Cooperative", "Cultural Centre", "Youth Council", "Crafts Guild",
  "Tourism Board", "Science Park", "Business School", "Development Bank", "Theatre Company", "Festival Office",
  "Architecture Centre", "Digital Arts Collective", "Vocational College", "Regional Archive",
];

export const NATIONAL_ORGANISATION_KINDS = [
  "Arts Council", "Film Institute", "Design Council", "Ministry of Culture", "Enterprise Agency", "Copyright Society",
  "Music Export Office", "Games Association", "Heritage Agency", "Research Council",
];

export const COMPANY_SUFFIXES = ["Studio", "Labs", "Works", "Collective", "Media", "Records", "Productions", "Atelier", "Digital", "Interactive"];

export const FIRST_NAMES = [
  "Anna", "Jonas", "Maria", "Luca", "Sofia", "Mateusz", "Eva", "Pieter", "Ingrid", "Tomás", "Zuzana", "Élodie", "Niels",
  "Katarína", "Marco", "Aino", "Dimitra", "Jan", "Lena", "Oskar", "Inês", "Bogdan", "Clara", "Emre", "Hanna", "Ivo",
];
export const LAST_NAMES = [
  "Novak", "Jansen", "Rossi", "Lindqvist", "Horvat", "Dubois", "Kowalski", "Schmidt", "Papadopoulou", "Ferreira", "Nagy",
  "Virtanen", "Murphy", "García", "Berzins", "Petrović", "Olsen", "Müller", "Kovács", "Silva", "Moreau", "Vasile",
];

export const METHODS = [
  { slug: "bench-portfolio-canvas", name: "The innovation portfolio canvas", description: "A one-page canvas for mapping a portfolio of policy actions." },
  { slug: "bench-opsi-facets", name: "The OPSI facets", description: "Classifying actions as enhancement-oriented, mission-oriented, adaptive or anticipatory." },
  { slug: "bench-stakeholder-mapping", name: "Stakeholder mapping", description: "Who holds resources, who decides, who is affected." },
  { slug: "bench-foresight", name: "Foresight cards", description: "Scenarios for the next ten years, discussed in small groups." },
];
