using System.Collections.Frozen;
using SafetyBot.Cards;

namespace SafetyBot.Dialogs.Language;

/// <summary>
/// Greetings, thanks and requests for help: short messages recognised as a whole, whatever
/// their casing or trailing punctuation.
/// </summary>
public static class SmallTalk
{
    private static readonly FrozenDictionary<string, Intent> Phrases = new Dictionary<string, Intent>(StringComparer.OrdinalIgnoreCase)
    {
        ["hello"] = Intent.Greeting,
        ["hi"] = Intent.Greeting,
        ["hiya"] = Intent.Greeting,
        ["hey"] = Intent.Greeting,
        ["hi there"] = Intent.Greeting,
        ["hello there"] = Intent.Greeting,
        ["good morning"] = Intent.Greeting,
        ["good afternoon"] = Intent.Greeting,
        ["good evening"] = Intent.Greeting,
        ["morning"] = Intent.Greeting,
        ["afternoon"] = Intent.Greeting,
        ["hello safetybot"] = Intent.Greeting,
        ["hi safetybot"] = Intent.Greeting,
        ["thanks"] = Intent.Thanks,
        ["thank you"] = Intent.Thanks,
        ["thanks very much"] = Intent.Thanks,
        ["thank you very much"] = Intent.Thanks,
        ["thanks a lot"] = Intent.Thanks,
        ["cheers"] = Intent.Thanks,
        ["ta"] = Intent.Thanks,
        ["great thanks"] = Intent.Thanks,
        ["help"] = Intent.Help,
        ["help me"] = Intent.Help,
        ["what can you do"] = Intent.Help,
        ["what do you do"] = Intent.Help,
        ["what can i ask"] = Intent.Help,
        ["what can i ask you"] = Intent.Help,
        ["how do i use this"] = Intent.Help,
        ["how does this work"] = Intent.Help,
        ["menu"] = Intent.Help,
        ["options"] = Intent.Help,
        ["start"] = Intent.Help,
        ["?"] = Intent.Help,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The small-talk intent of <paramref name="text"/>, or null when it is not small talk.</summary>
    public static Intent? Match(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim().TrimEnd('!', '.', '?', ',', ' ');
        if (trimmed.Length == 0)
        {
            return text.Trim() == "?" ? Intent.Help : null;
        }

        if (Phrases.TryGetValue(trimmed, out var intent))
        {
            return intent;
        }

        var words = TextNormalizer.Tokens(trimmed);
        return words.Count == 0 && Approving.Any(face => trimmed.Contains(face, StringComparison.Ordinal)) ? Intent.Acknowledgement : Courtesy(words);
    }

    /// <summary>
    /// A message made only of courtesies: thanks ("cheers", "ta very much"), ways of ending or pausing the conversation
    /// ("that's all for now", "no more questions", "ok bye", "that's me done") and acknowledgements ("ok", "got it", "makes
    /// sense", "perfect"), in any order and with filler words ("great, thanks for your help mate"). Any other word (a topic, a
    /// question word) makes it a question, left to the rules. Displeasure ("thanks but that's wrong", "that's not what I asked")
    /// wins over an ending, an ending over thanks, thanks over an acknowledgement.
    /// </summary>
    private static Intent? Courtesy(IReadOnlyList<string> words)
    {
        if (words.Count == 0 || words.Count > 14)
        {
            return null;
        }

        var kinds = new HashSet<Intent>();
        var at = 0;
        while (at < words.Count)
        {
            var (length, kind) = (0, Intent.Unknown);
            foreach (var (cues, cuesKind) in CourtesyPhrases)
            {
                var longest = cues.LongestAt(words, at);
                if (longest > length)
                {
                    (length, kind) = (longest, cuesKind);
                }
            }

            if (length == 0)
            {
                if (!CourtesyFillers.Contains(words[at]))
                {
                    return null;
                }

                length = 1;
            }
            else
            {
                kinds.Add(kind);
            }

            at += length;
        }

        return kinds.Contains(Intent.Complaint) ? Intent.Complaint
            : kinds.Contains(Intent.Goodbye) ? Intent.Goodbye
            : kinds.Contains(Intent.Thanks) ? Intent.Thanks
            : kinds.Contains(Intent.Acknowledgement) ? Intent.Acknowledgement
            : null;
    }

    /// <summary>The courtesies of each kind, phrases of the message's words as typed; where two start at a word, the longer (the first kind on a tie).</summary>
    private static readonly (CueSet Phrases, Intent Kind)[] CourtesyPhrases =
    [
        (CueSet.Verbatim(
            "thanks", "thank you", "thankyou", "thank u", "thanx", "thx", "thnx", "ty", "ta", "cheers", "many thanks", "much appreciated",
            "appreciate it", "appreciate that", "appreciated", "i appreciate it", "nice one", "thanking you", "much obliged"), Intent.Thanks),
        (CueSet.Verbatim(
            "bye", "goodbye", "good bye", "bye bye", "byebye", "see you", "see ya", "cya", "see you later", "see you soon", "later",
            "speak soon", "speak later", "talk soon", "talk later", "catch you later", "good night", "goodnight", "night",
            "have a good day", "have a nice day", "have a good one", "have a good evening", "have a good weekend", "take care",
            "that's all", "that is all", "thats all", "that's everything", "that is everything", "thats everything", "that's it",
            "that is it", "thats it", "that'll do", "that will do", "that's me", "that's me done", "all done", "i'm done", "im done",
            "i am done", "done", "finished", "i'm finished", "that's all i need", "that's all i needed", "that's all i wanted",
            "that's all i wanted to know", "that's all i need to know", "that's all i needed to know", "nothing else", "nothing more",
            "nothing further", "no more questions", "no further questions", "no other questions", "no more", "i'm all set", "all set",
            "i'm good", "im good", "i'm sorted", "sorted", "for now", "for today", "for the moment", "for the time being",
            "signing off", "logging off", "gotta go", "got to go", "i'll leave it there", "leave it there", "i'll come back later",
            "i'll be back later", "end", "the end", "no thanks", "no thank you", "nothing else thanks"), Intent.Goodbye),
        (CueSet.Verbatim(
            "ok", "okay", "okey", "okie", "oki", "k", "kk", "got it", "gotcha", "makes sense", "that makes sense", "perfect", "great",
            "good", "brilliant", "lovely", "cool", "nice", "excellent", "super", "fab", "fantastic", "awesome", "amazing", "understood",
            "noted", "fair enough", "right", "alright", "all right", "sure", "sounds good", "very good", "fine", "that's fine",
            "that's great", "that's good", "that's perfect", "that's helpful", "that's useful", "that's brilliant", "that's interesting",
            "that's clear", "that's lovely", "that helps", "that helped", "helpful", "useful", "very helpful", "very useful",
            "really helpful", "really useful", "interesting", "wow", "i see", "good stuff", "great stuff", "spot on", "will do",
            "no worries", "no problem", "grand", "champion", "brill", "brilliant stuff", "ace", "cracking", "smashing", "ideal",
            "thumbs up"), Intent.Acknowledgement),
        (CueSet.Verbatim(
            "that's wrong", "that is wrong", "thats wrong", "wrong", "you're wrong", "you are wrong", "that's not right", "not right",
            "that's incorrect", "incorrect", "not what i asked", "that's not what i asked", "not what i meant", "that's not what i meant",
            "that doesn't answer my question", "that doesn't answer it", "doesn't answer my question", "that's not helpful",
            "not helpful", "unhelpful", "that didn't help", "didn't help", "you're useless", "you are useless", "useless", "rubbish",
            "that's rubbish", "stupid", "stupid bot", "bad bot", "terrible", "nonsense", "i hate you", "hate you", "shut up", "wtf"), Intent.Complaint),
    ];

    /// <summary>Emoji and emoticons that, sent on their own, acknowledge the last answer (a thumbs up, a smile).</summary>
    private static readonly string[] Approving = ["\U0001F44D", "\U0001F44C", "\U0001F642", "\U0001F60A", "\U0001F64F", ":)", ":-)", "(y)"];

    /// <summary>Words that may stand among courtesies without asking anything ("thanks for your help mate", "ok great, ta").</summary>
    private static readonly FrozenSet<string> CourtesyFillers = new[]
    {
        "so", "then", "mate", "safetybot", "bot", "very", "much", "really", "again", "all", "oh", "ah", "well", "and", "just", "for",
        "your", "the", "help", "info", "information", "answer", "answers", "that", "this", "you", "lol", "haha", "a", "lot", "ever",
        "everyone", "folks", "guys", "x", "xx", "hmm", "um", "er", "yeah", "yes", "now", "that's", "thats", "it's", "was", "no", "nope", "nah", "but", "sorry", "i", "think", "totally", "completely",
    }.ToFrozenSet(StringComparer.Ordinal);
}
