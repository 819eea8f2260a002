/**
 * English function words, for jusText's stopword density: prose is about 40% function words, menus, headlines,
 * names and link lists far fewer. A few very common German, French, Spanish and Italian ones are added so a
 * mixed-language page is not read as a wall of link text.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each few for from further had has have having ' +
    'he her here hers herself him himself his how i if in into is it its itself just me more most my myself no ' +
    'nor not now of off on once only or other our ours ourselves out over own same she should so some such than ' +
    'that the their theirs them themselves then there these they this those through to too under until up very ' +
    'was we were what when where which while who whom why will with would you your yours yourself yourselves ' +
    'may might must shall us many much every either neither since though although yet whether upon via ' +
    'among around across toward towards without within along also even still already ever never often ' +
    "it's i'm don't can't won't didn't isn't wasn't he's she's that's there's they're we're you're " +
    // jusText's English list also counts the commonest verbs, adverbs and quantifiers of running prose.
    'said says say one two three first last new like well back way time year years people get got make made ' +
    'also just now then there how know take took come came see seen go went going want use used think thought ' +
    'good great little long own right still part even because another around against however according ' +
    'than more less most least next many several few each such both same different later early already ' +
    'told asked called including include includes during after before while whether being been has had ' +
    'would could should can will may might must around almost enough less rather quite really something ' +
    'anything nothing everything someone anyone everyone here where there when what who which whose ' +
    'out up down off over again further once every any some all no not only very too so ' +
    'this these those that its it their they them he she his her him we our us you your i me my ' +
    'added noted stated ' +
    'der die das und ist nicht ein eine mit auf für von den dem sich des zu im als auch es wie ' +
    'le la les et est un une des du en que qui dans pour pas sur au avec ce il ' +
    'el los las y es por con para una del se lo como su al ' +
    'il di che è per non con del della un una sono le gli'
  ).split(/\s+/),
);
