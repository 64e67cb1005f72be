// The words of talk around an order, in one place: remarks about an item, what was had
// before, money handed over, the weather, people, Korean numbers of other things, and
// requests to staff. The passes that read such talk (item-remarks.ts, had-before.ts,
// small-talk.ts, for-whom.ts, numbers-of-other-things.ts, requests-to-staff.ts) hold the
// shapes; the words they look for are here, so a word a customer uses is added once. English
// words are lower case with no apostrophes (as talk-segments.ts `wordOf` gives them) unless a
// pattern says otherwise.

// People and whose they are.
/** Words for people: a menu word right before one describes the person ("my skinny friend"). */
export const PEOPLE =
  /^(?:friend|friends|guy|guys|girl|girls|man|men|woman|women|lady|ladies|dude|dudes|buddy|buddies|pal|pals|boy|boys|son|daughter|wife|husband|boyfriend|girlfriend|partner|brother|sister|mom|dad|mother|father|boss|coworker|coworkers|roommate|person|people|folks|fella|bro|sis)$/i;
/** Children, said as whom a thing is for ("two for the kids"). */
export const CHILDREN = /^(?:kid|kids|child|children|baby)$/;
/** "for my …", "for our …": whose, before a person. */
export const WHOSE = /^(?:my|our|his|her|their)$/i;
/** "one for her": a person said with a pronoun alone. */
export const WHOM_ALONE = /^(?:her|him|them|me|us)$/;
/** "I'm …", "we're …": the speaker said to be so. */
export const SPEAKER_IS = /^(?:im|i'm|i am|were|we're|we are)$/i;
/** Someone else as the subject: "he got", "she had". */
export const OTHERS = /^(?:he|she|they|hes|shes)$/;

// The weather or the room.
/** Words after an adjective that make it the weather or the room: "so warm out", "hot today". */
export const WEATHER_AFTER = /^(?:out|outside|today|tonight|lately|out there|in here|this morning|this afternoon)$/i;
/** "it's", "it is": the weather's subject. */
export const WEATHER_SUBJECT = /^(?:it'?s|it is|is it)$/i;
/** Intensifiers between the subject and the adjective ("it's so warm", "it's really hot"). */
export const INTENSIFIER = /^(?:so|really|very|pretty|super|too|kinda|kind of|quite|way|crazy)$/i;

// A remark about an item: "the milk tea here is so good", "I love the horchata here".
export const REMARK = {
  /** Words that may open the remark: "oh", "wow", "man". */
  openers: /^(?:oh|wow|man|honestly|um|uh|yeah|ok|okay|and)$/,
  /** The item's determiner: "the milk tea", "your cornbread". */
  determiners: /^(?:the|your|this|that|these|those|yall|yalls)$/,
  /** The verb of the remark: the item "is", "are", "was". */
  copula: /^(?:is|are|was|were|s)$/,
  /** Between the verb and how good: "so", "really", "too", "the" (best). */
  degree: /^(?:so|really|very|pretty|super|just|too|real|honestly|always|the|way|crazy|literally)$/,
  /** How good, or how much, the item is. */
  evaluation:
    /^(?:good|great|amazing|awesome|delicious|tasty|yummy|excellent|incredible|fantastic|fire|perfect|bomb|lovely|legit|solid|best|much|big|huge|filling|heavy|rich|a lot|the best|so good|too much)$/,
  /** After it: "too much food", "great here". */
  after: /^(?:food|here|today|lately)$/,
  /** "I love the X (here)". */
  liking: /^(?:love|like|loved|adore)$/,
} as const;

// What was had before: "I had the cubana last time", "지난번에 크림 먹었는데".
/** A Korean past verb of ordering, said of a thing already ordered ("시켰으니까", "주문했는데", "시킨 거"). */
export const ORDERED_KO = /^(?:시켰|주문했|시킨|주문한)/;

export const HAD_BEFORE = {
  /** A verb of having, in the past. */
  had: /^(?:had|got|ordered|tried|ate|gotten)$/,
  /** Words of a time before: "last (time)", "yesterday". */
  before: /^(?:last|yesterday|before|previously|earlier|last week|last night)$/,
  /** Words of now, or of having it again: the stretch is (also) an order. */
  nowOrAgain: /^(?:today|now|this|again|same|another|more|want|wants|ill have|id like|can i get|can i have)$/,
  /** Words that ask for it again: "the same again". */
  again: /^(?:again|same)$/,
  /** A Korean word of a time before: "지난번에", "저번엔", "어제". */
  beforeKo: /^(?:지난번|저번|어제|예전|전번)/,
  /** A Korean past verb closed by 는데 ("먹었는데", "시켰는데"). */
  hadKo: /[았었였켰했]는데$/,
} as const;

// Meant but not ordered: "신라면 하나 하려다가 … 그냥 콜라 하나만".
/** A Korean verb of ordering said as meant and given up: "하려다가", "시키려고 했는데", "먹으려다" (려고 with 했 after it). */
export const MEANT_KO = { verb: /^(?:하|시키|주문하|먹으|마시|사)려(다|고)/, did: /^했/ };

// People coming: "한 명 더 온대요".
/** A Korean verb of coming, said of people: "온대요", "와요", "올 거예요", "오신대요". */
export const COMING_KO = /^(?:온대|온다|와요|와서|올|오는|왔|오신대|오셔|오세요)/;

// Money handed over: "I'll pay with a 20", "here's a 10".
export const PAYING = {
  /** Words that hand money over: "pay (with)", "here's". */
  verbs: /^(?:pay|paying|paid|ill pay|heres|here is|here you go)$/,
  /** Between them and the amount: "with a", "with", "in". */
  between: /^(?:with a|with an|with|in|a|an)$/,
  /** An amount of money said with no unit: "20", "a twenty", "fifty". */
  amount: /^(?:\d+|five|ten|twenty|fifty|hundred|a hundred)$/,
  /** After it: "a 20 dollar bill". */
  moneyWords: /^(?:dollar|dollars|bill|dollar bill|bucks|note)$/,
} as const;

// English numbers of a place: "table 12", "table number 4", "booth #3", "lane seven" (a word the
// menu does not use, and the number after it, optionally "number" / "no" / "#" between).
export const PLACE_NUMBERS_EN = {
  places: /^(?:table|booth|seat|lane|room|pager|buzzer)$/,
  between: /^(?:number|no|no\.|#)$/,
} as const;

// Korean numbers of other things: a time, a place, an age, how many people.
export const OTHER_NUMBERS_KO = {
  /** Words after a number that say it is a time, a place or an age ("분", "시", "시간", "관", "층", "살"). */
  units: /^(?:분|시|시간|관|층|살)(?:에|이|이라|이라서|인데|이요|요)?$/,
  /** After "N번": a table, a seat, a room ("3번 테이블", "2번 자리"), not N times. */
  places: /^(?:테이블|자리|좌석|방|룸)/,
  /** "둘이", "셋이서": people who will eat or share, said before the verb. */
  people: /^(?:둘|셋|넷|다섯|여섯)이(?:서)?$/,
} as const;

// Requests to staff that are no order (requests-to-staff.ts): things handed out for free,
// "잔 하나 더 주세요", "수저 하나 더", "can I get extra napkins", and how the bill is split,
// "계산은 따로 할게요". Five of the Korean words are also counters (잔, 컵, 그릇, 접시, 봉지):
// after a number they count the item before ("소주 두 잔"), said as the thing asked for they
// are the thing. A thing the menu sells (a bag) is the menu's word, and ordered.
export const AMENITIES = {
  ko: ["잔", "컵", "그릇", "접시", "봉지", "앞접시", "개인접시", "빈그릇", "수저", "숟가락", "숫가락", "젓가락", "숟갈", "포크", "봉투", "비닐봉지", "물티슈", "냅킨", "휴지", "빨대", "소주잔", "맥주잔", "물컵", "종이컵", "국자", "집게", "가위", "앞치마"],
  en: ["napkin", "napkins", "straw", "straws", "fork", "forks", "spoon", "spoons", "knife", "knives", "utensils", "silverware", "cutlery", "chopsticks", "cups", "lid", "lids", "bag", "bags", "wipes"],
} as const;
/** Those the language lexicon reads as one word of its own (the counters, and 수저 that would be 수 + 저); the rest are words nobody knows. */
export const AMENITIES_IN_THE_LEXICON_KO = ["잔", "컵", "그릇", "접시", "봉지", "수저"] as const;

/** "따로", "같이": how a thing is handed out or a bill paid, beside the thing or the bill. */
export const APART_KO = /^(?:따로|따로따로|각자|각각|나눠서|나눠|같이|함께|별도로)$/;
/** Words of paying: "계산은 따로 할게요", "결제 나눠서", "카드 따로". */
export const PAYMENT_KO = /^(?:계산|결제|카드|현금|더치)/;
/** A request to give, not to make: 주세요, 주실 수 있어요, 부탁해요 ("맵게 더 해 주세요" makes). */
export const GIVE_KO = /^(?:주|줘|부탁)/;
/**
 * English words of a serving's container said after a counted option's number, "extra mint
 * chutney, two cups", "ranch, 2 sides": the count of the option, not cups asked of staff
 * (count-said-after.ts, requests-to-staff.ts).
 */
export const OPTION_CONTAINERS_EN = /^(?:cups?|sides?|pots?|tubs?|portions?|servings?|ramekins?|containers?|packets?)$/;
/** English words that may stand between a request and the thing: "two extra cups", "some more napkins". */
export const AMENITY_COUNT_EN = /^(?:extra|more|some|another|a few|few|couple|a couple|a couple of|couple of|of|the|an|a)$/;

/** English words for every choice of a group, as a menu may name the group: "everything", "the works" (everything.ts). */
export const EVERYTHING_EN = /^(?:everything|everything on it|the works|all of it|all the toppings|all toppings)$/i;

// Pointing back at the thing the kiosk just answered about: "그거 하나", "그걸로 하나 주세요" (offer-pointed-at.ts).
/** Korean "that", said of the thing just asked about (as the scanner writes it: 그걸로 is 그거로). */
export const POINTING_KO = /^(?:그거|그걸|그것|그거로|그걸로|그것으로|그것도)요?$/;
/** A Korean word that starts with "that": 그거, 그걸로, 그것도 (pointed-back.ts). */
export const POINTING_KO_START = /^(?:그거|그걸|그것)/;
/** English words that point back at a thing talked about: "one of those", "that one", "i'll do that", "take it" (pointed-back.ts). */
export const POINTING_EN = /\b(?:of (?:those|them|these)|that one|this one|(?:do|get|take|have|try|grab) (?:that|this|it)(?! (?:is|was|one))(?!'s)\b)/i;
/** English "that" said right after a request, "i'll do that with …", of the thing just asked about (offer-pointed-at.ts). */
export const POINTING_THAT_EN = /^(?:that|this)$/i;
// Levels (refused-level.ts): a refused level with none said is a guess, where the group is one.
/** A level group's end choice names less or more: "Mild", "No sugar", "Extra spicy", "순한맛", "아주 매운맛". */
export const LEVEL_END_WORDS = /^(?:mild|no|none|light|lite|less|low|easy|extra|very|super|max|maximum|hot|spicy|순한|덜|안|약|무|아주|제일|엄청|매운|불)/i;
/** A choice said by its amount over the plain one ("no extra cheese", "no double shot"): refusing it takes the plain one. */
/** English words right before a level that refuse it: "not hot", "can't do hot", "anything but hot", "hold the heat". */
export const LEVEL_REFUSED_BEFORE_EN = /(?:no|not|without|hold|skip|never|anything but|can'?t do|cannot do|don'?t want(?: it)?|don'?t do)/;
/** Korean words right after a level that refuse it: "매운맛 말고", "매운맛 아니에요", "매운맛은 빼고", "매운맛은 싫어요", "매운맛은 안 돼요". */
export const LEVEL_REFUSED_AFTER_KO = /(?:말고|아니|빼|없이|제외|싫|안\s*돼|못)/;
export const AMOUNT_SAID_EN = /^(?:extra|double|triple|more|heavy|light|lite|less|easy|a little)\s/i;

// Leaving without ordering, or only looking (leaving.ts): "ok thanks we'll come back", "just
// browsing", "아 네 그냥 다음에 올게요", "그냥 구경하는 거예요". Matched on the turn's text.
export const LEAVING = {
  en: /\b(?:(?:come|coming|be|stop|swing|pop) (?:back|by later)|just (?:browsing|looking)|(?:maybe|another|some other) (?:time|day)|next time|maybe later|order (?:it |them )?later|(?:forgot|left|lost|got no|(?:do not|don't|dont) have) (?:my |our )?(?:wallet|card|purse)|(?:wallet|card|purse)(?:'s| is) in the car|(?:that's|thats|that is|it's|its|way) too long|(?:gotta|got to|have to|need to) (?:go|run|leave))\b/i,
  ko: /(?:다음에|나중에|다시|이따가?|또)\s*(?:올게|올께|올 게|올 께|오겠|올 거|올거|올게요|들를게|들를께|들르겠)|구경|둘러보|둘러볼/,
} as const;
