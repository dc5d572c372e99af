"""Cue rules for reported speech: (lemma, part of speech, argument) -> precision, and context factors.

Generated from counts over the PolNeAR train split (Newell, Margolin & Ruths, "An attribution
relations corpus for political news", LREC 2018), parsed with en_core_web_md. For every verb or
noun outside quotation marks and each of its argument dependencies ("_head": the clause the word
is a parenthetical of), the content the finder would take for it (``finder.content_of``) was
compared with the gold: a hit is a gold attribution whose cue covers the word and whose content
overlaps that span by half of the shorter. RULES holds the smoothed hit rate (hits + 0.3) /
(occurrences + 1) for rules seen with at least two hits. CONTEXT holds, for the cue word's own
dependency label, tag and whether it has a subject, the ratio of observed hits to those the rule
rates predict (a cue inside another's complement, "ccomp", is a reported speech act far less
often); a candidate's score is its rule rate times its context factors.
"""
#: One entry per cue word: ``lemma/POS argument rate ...`` (rates in hundredths).
_TABLE = """
accord/VERB pobj 57 | accusation/NOUN acl 21 prep 33
accuse/VERB advcl 21 ccomp 57 dobj 82 prep 75 | acknowledge/VERB _head 33 ccomp 86 dobj 65 prep 26
acquiesce/VERB prep 86 | ad/NOUN acl 20 | add/VERB _head 41 ccomp 96
address/VERB ccomp 41 dobj 26 | admiration/NOUN prep 38 | admire/VERB dobj 33
admission/NOUN acl 66 | admit/VERB ccomp 79 dobj 39 | adopt/VERB ccomp 57 dobj 22
advice/NOUN acl 57 | advise/VERB xcomp 36 | advocate/NOUN prep 23
advocate/VERB dobj 31 prep 40 xcomp 57 | affirm/VERB ccomp 82 dobj 26
agree/VERB ccomp 74 prep 45 xcomp 52 | aim/VERB dobj 55 prep 24 xcomp 52 | align/VERB prep 25
allegation/NOUN acl 39 prep 37 | allege/VERB ccomp 82 dobj 47 prep 77 | allow/VERB xcomp 22
allude/VERB prep 61 | announce/VERB advcl 25 ccomp 84 dobj 80 prep 25
announcement/NOUN acl 46 prep 35 | answer/VERB ccomp 55 dobj 32 prep 26 | anticipate/VERB ccomp 57
anxiety/NOUN prep 25 | apologize/VERB prep 42 | apology/NOUN prep 38
appear/VERB ccomp 41 oprd 54 xcomp 56 | append/VERB dobj 46 prep 46 | applaud/VERB dobj 75 prep 47
appoint/VERB dobj 32 prep 30 | appointment/NOUN prep 23 | approve/VERB dobj 38
architect/NOUN prep 57 | argue/VERB _head 62 ccomp 91 dobj 59 prep 49
argument/NOUN acl 30 prep 25 | arise/VERB prep 38 | article/NOUN acl 24 | articulate/VERB dobj 76
ask/VERB advcl 39 ccomp 81 dobj 58 prep 51 xcomp 68 | assail/VERB dobj 83 prep 54
assert/VERB ccomp 91 dobj 41 | assertion/NOUN acl 56 prep 57 | assessment/NOUN prep 33
assume/VERB ccomp 35 prep 46 | assumption/NOUN acl 55 | assurance/NOUN acl 66
assure/VERB ccomp 83 dobj 57 prep 48 | attack/VERB dobj 48 prep 41 | attempt/VERB xcomp 28
attribute/VERB dobj 54 prep 35 | authorize/VERB dobj 48 | avoid/VERB xcomp 20 | back/VERB dobj 33
backlash/NOUN prep 29 | balk/VERB prep 76 | bark/VERB ccomp 77 | bash/VERB dobj 61
beg/VERB dobj 33 | belief/NOUN acl 48
believe/VERB _head 30 advcl 21 ccomp 40 dobj 42 prep 42 xcomp 38 | belittle/VERB dobj 77
bemoan/VERB dobj 88 | bill/VERB prep 82 | blame/VERB dobj 88 prep 62
blast/VERB ccomp 46 dobj 98 prep 83 | boast/VERB ccomp 73 prep 81 | boo/VERB dobj 57
brag/VERB ccomp 77 prep 88 | brand/VERB dobj 77 | break/VERB ccomp 77 | bristle/VERB prep 46
broadcast/VERB dobj 61 | brush/VERB dobj 54 prep 38 | calculate/VERB ccomp 82 | call/NOUN prep 25
call/VERB advcl 38 ccomp 42 dobj 74 oprd 61 prep 62 xcomp 71 | campaign/VERB xcomp 46
care/VERB dobj 77 prep 32 | case/NOUN acl 25 | cast/VERB advcl 26 dobj 33 prep 40
caution/VERB ccomp 88 prep 55 xcomp 77 | center/VERB prep 23 | challenge/VERB dobj 32 prep 37
champion/VERB dobj 33 | chant/NOUN prep 81 | chant/VERB dobj 76 xcomp 61
characterize/VERB dobj 76 prep 59 | charge/VERB ccomp 63 dobj 42 prep 38 | cheer/NOUN advcl 77
cheer/VERB advcl 33 dobj 38 prep 41 | chide/VERB dobj 91 prep 86 | choose/VERB xcomp 28
circulate/VERB dobj 55 prep 38 | cite/VERB advcl 66 ccomp 37 dobj 90 prep 78 | claim/NOUN acl 48
claim/VERB ccomp 82 dobj 50 prep 59 xcomp 79 | clarify/VERB ccomp 61 dobj 46 | coin/VERB dobj 55
comment/VERB prep 53 | commitment/NOUN acl 46 | compare/VERB dobj 44 | compile/VERB dobj 33
complain/VERB ccomp 82 prep 55 | complaint/NOUN acl 83 | concede/VERB ccomp 89 dobj 55
concern/NOUN acl 33 prep 31 | conclude/VERB _head 43 ccomp 88 prep 53 | concur/VERB prep 77
condemn/VERB advcl 77 dobj 59 prep 33 | condemnation/NOUN prep 57 | confidence/NOUN acl 66
confirm/VERB _head 33 ccomp 74 dobj 52 | confront/VERB prep 29 | congratulate/VERB dobj 55 prep 26
consensus/NOUN prep 47 | consider/VERB ccomp 46 dobj 26 oprd 37 xcomp 25
contemplate/VERB dobj 55 xcomp 77 | contend/VERB ccomp 81 | contention/NOUN acl 38
continue/VERB ccomp 86 xcomp 25 | contradict/VERB dobj 33 | contrast/VERB dobj 42 prep 36
convince/VERB ccomp 60 dobj 43 | count/VERB dobj 33 prep 24 | counter/VERB ccomp 66
coverage/NOUN prep 26 | credit/VERB dobj 85 prep 70 | critic/NOUN prep 25 | criticise/VERB dobj 77
criticism/NOUN acl 33 prep 37 | criticize/VERB dobj 77 prep 72 | critique/NOUN prep 29
crown/VERB dobj 46 | cry/VERB prep 57 | dawn/VERB ccomp 77 | decide/VERB ccomp 29 prep 20 xcomp 50
decision/NOUN acl 24 | declaration/NOUN prep 29
declare/VERB advcl 36 ccomp 76 dative 77 dobj 54 oprd 76
decline/VERB advcl 33 dobj 61 prep 24 xcomp 86 | decry/VERB advcl 38 dobj 95
deem/VERB dobj 83 oprd 55 | defend/VERB advcl 23 dobj 63 prep 46 | defender/NOUN prep 57
defense/NOUN prep 56 | define/VERB ccomp 77 | deflect/VERB dobj 55 prep 77 | deliver/VERB dobj 26
demand/VERB ccomp 53 dobj 44 xcomp 66 | demonstrate/VERB ccomp 73
denounce/VERB ccomp 77 dobj 85 prep 43 | denunciation/NOUN prep 66 | deny/VERB ccomp 75 dobj 43
deride/VERB dobj 86 | describe/VERB advcl 41 ccomp 75 dobj 80 prep 68 xcomp 57
design/VERB xcomp 24 | desire/NOUN acl 44 | detail/NOUN prep 21 | detail/VERB dobj 52 prep 33
determine/VERB ccomp 34 xcomp 38 | devote/VERB dobj 36 prep 42 | dig/NOUN prep 55
direct/VERB xcomp 33 | disagree/VERB prep 57 | disagreement/NOUN prep 66 | disavow/VERB dobj 39
disclose/VERB ccomp 57 dobj 55 prep 37 | disclosure/NOUN prep 55 | discover/VERB ccomp 55
discuss/VERB advcl 37 ccomp 63 dobj 59 | dislike/NOUN prep 57 | dislike/VERB dobj 41
dismiss/VERB advcl 29 dobj 82 prep 54 | disparage/VERB dobj 57 | display/VERB dobj 44
dispute/VERB dobj 79 | disregard/VERB dobj 77 | distance/VERB dobj 61 prep 56
distinguish/VERB dobj 33 prep 38 | divide/VERB prep 20 | document/VERB dobj 82
double/VERB advcl 46 prep 35 | doubt/NOUN acl 88 prep 46 | doubt/VERB ccomp 66
downplay/VERB dobj 43 | dub/VERB oprd 66 | dwell/VERB prep 55 | echo/VERB dobj 48
elaborate/VERB prep 57 | email/VERB dobj 56 prep 43 | embrace/NOUN prep 61 | embrace/VERB dobj 27
empathize/VERB prep 57 | emphasize/VERB ccomp 85 dobj 68 prep 41 | empower/VERB dobj 33 xcomp 57
encourage/VERB dobj 35 prep 29 xcomp 43 | endorse/VERB ccomp 37 dobj 61 xcomp 66
endorsement/NOUN prep 21 | enjoy/VERB ccomp 77 dobj 20 | enthusiasm/NOUN prep 25
escalate/VERB dobj 33 | estimate/NOUN prep 41 | estimate/VERB ccomp 75 dobj 82 prep 54
evince/VERB dobj 77 | expect/VERB ccomp 33 dobj 44 prep 39 xcomp 80 | experience/VERB dobj 36
explain/VERB _head 43 ccomp 88 dobj 70 prep 35 | explore/VERB dobj 41 | expose/VERB dobj 38 prep 21
express/VERB dobj 87 prep 66 | extoll/VERB dobj 77 | faith/NOUN prep 33 | favor/NOUN prep 38
favor/VERB dobj 34 | fear/NOUN acl 55 prep 26 | fear/VERB ccomp 60 dobj 64 prep 46
feel/VERB ccomp 29 dobj 31 prep 37 | feeling/NOUN prep 26 | figure/VERB ccomp 46 xcomp 23
file/VERB advcl 30 dobj 31 | find/VERB advcl 26 ccomp 66 | fire/VERB ccomp 77 dobj 29
float/VERB dobj 66 | focus/VERB prep 34 | footage/NOUN prep 54 | forecast/VERB ccomp 77
foresee/VERB dobj 82 | foreshadow/VERB dobj 57 | forget/VERB ccomp 55 | forward/VERB dobj 57
frame/VERB dobj 41 prep 48 | fury/NOUN prep 33 | glimpse/NOUN prep 29 | go/VERB ccomp 38
grapple/VERB prep 23 | grouse/VERB ccomp 77 | guess/VERB ccomp 41 | gush/VERB prep 77
hail/VERB dobj 63 prep 82 | hammer/VERB dobj 33 | hat/VERB dobj 38 | hate/VERB dobj 55
heap/VERB dobj 77 | hear/VERB ccomp 21 | heckle/VERB dobj 77 | herald/VERB dobj 82
hesitate/VERB xcomp 77 | highlight/VERB advcl 66 ccomp 38 dobj 55 prep 63
hint/VERB ccomp 66 prep 70 | hire/VERB xcomp 37 | hit/VERB dobj 24 prep 33
hop/VERB advcl 26 ccomp 53 dobj 47 prep 52 xcomp 74 | hope/NOUN acl 57 prep 37
hope/VERB ccomp 88 xcomp 41 | idea/NOUN acl 22 | identify/VERB dobj 45 prep 40
ignore/VERB dobj 30 | illustrate/VERB dobj 38 | imagine/VERB ccomp 41 dobj 57
impassione/VERB prep 77 | imply/VERB ccomp 72 | inclination/NOUN acl 72 | incline/VERB xcomp 46
include/VERB advcl 24 xcomp 27 | indicate/VERB ccomp 82 dobj 55 | inflate/VERB dobj 77 prep 77
inform/VERB ccomp 55 dobj 76 prep 82 | insist/VERB ccomp 94 prep 22 | insistence/NOUN acl 46
insult/NOUN prep 29 | insult/VERB dobj 61 | intend/VERB dobj 77 xcomp 27 | interject/VERB ccomp 77
interpret/VERB dobj 57 prep 66 | introduce/VERB dobj 33 | invalidate/VERB dobj 77
invite/VERB xcomp 31 | invoke/VERB dobj 44 prep 29 | issue/VERB dobj 50 prep 23
jab/VERB dobj 66 prep 66 | joke/NOUN prep 55 | joke/VERB ccomp 91 prep 61 | judge/VERB dobj 66
justify/VERB dobj 55 | keep/VERB xcomp 26 | knock/VERB dobj 33 prep 29
know/VERB advcl 24 ccomp 48 dobj 28 prep 43 xcomp 48 | label/VERB dobj 61 oprd 55 prep 82
lambast/VERB dobj 66 prep 82 | lament/VERB ccomp 82 dobj 93 | lash/VERB prep 76 | laud/VERB dobj 57
launch/VERB advcl 21 dobj 21 | lay/VERB dobj 39 | lean/VERB dobj 38 | learn/VERB ccomp 68
leave/VERB ccomp 38 | letter/NOUN acl 24 | like/VERB dobj 32 xcomp 60 | liken/VERB dobj 72 prep 70
line/VERB prep 25 | link/VERB dobj 24 | list/VERB dobj 88 prep 49 | lobby/VERB xcomp 46
look/NOUN prep 23 | look/VERB prep 26 xcomp 53 | love/VERB dobj 33 xcomp 47
maintain/VERB ccomp 63 | mandate/VERB dobj 38 | mark/VERB prep 25 | marvel/VERB prep 77
mention/NOUN prep 46 | mention/VERB advcl 21 ccomp 57 dobj 76 prep 44 xcomp 82
message/NOUN prep 24 | mince/VERB dobj 82 prep 77 | mock/VERB dobj 72 prep 48 | mount/VERB dobj 27
move/VERB xcomp 33 | mull/VERB dobj 77 | muse/VERB prep 82 | name/VERB dobj 49 oprd 29 prep 47
need/VERB ccomp 21 | negotiate/VERB dobj 21 prep 29 | nominate/VERB dobj 38 prep 57
note/NOUN ccomp 88 prep 36 | note/VERB _head 70 ccomp 96 dobj 89 prep 41 | notice/VERB ccomp 72
notion/NOUN acl 24 | observe/VERB _head 46 | offer/VERB dative 25 dobj 46 prep 26 xcomp 76
opine/VERB prep 77 | opinion/NOUN prep 38 | oppose/VERB dobj 51 xcomp 53 | opposition/NOUN prep 30
opt/VERB prep 29 xcomp 33 | order/VERB advcl 38 ccomp 72 dobj 70 prep 82 xcomp 64
outline/VERB ccomp 46 dobj 61 | paint/VERB dobj 39 prep 35 | pass/VERB advcl 24 dobj 25
passion/NOUN prep 66 | pay/VERB dative 25 | peg/VERB dobj 82 prep 77 | perception/NOUN prep 33
persuade/VERB ccomp 46 dobj 44 prep 57 xcomp 42 | pile/VERB prep 29 | pitch/VERB dobj 38 prep 38
pivot/VERB prep 31 | plan/NOUN acl 27 | plan/VERB advcl 29 prep 22 xcomp 31 | plead/VERB prep 26
pledge/NOUN acl 29 | pledge/VERB ccomp 66 dobj 33 prep 36 xcomp 57 | plot/VERB xcomp 46
point/VERB _head 30 ccomp 84 dobj 71 prep 61 | poke/VERB dobj 82 prep 82
portray/VERB advcl 82 dobj 77 prep 68 | posit/VERB ccomp 77 | position/VERB dobj 54 prep 43
post/VERB ccomp 70 dobj 58 | pounce/VERB prep 57 | pound/VERB dobj 46 prep 57 | praise/NOUN prep 69
praise/VERB dobj 84 prep 57 | preach/VERB dobj 77 | predict/VERB _head 37 ccomp 81 dobj 55 prep 43
prefer/VERB dobj 60 prep 33 xcomp 70 | prescribe/VERB dobj 77 | present/VERB dobj 35 prep 27
press/VERB ccomp 57 dobj 36 prep 36 xcomp 33 | pressure/VERB dobj 36 xcomp 37
preview/NOUN prep 29 | proclaim/VERB ccomp 86 | prohibit/VERB dobj 48 prep 38
project/VERB dobj 31 prep 41 | promise/NOUN acl 57 prep 30
promise/VERB advcl 43 ccomp 88 dobj 63 prep 37 xcomp 79 | promote/VERB dobj 42 prep 24
pronounce/VERB dobj 82 | proponent/NOUN prep 30 | proposal/NOUN acl 24 prep 32
propose/VERB ccomp 79 dobj 76 prep 30 xcomp 74 | prosecute/VERB prep 21 | protest/NOUN prep 21
protest/VERB ccomp 77 dobj 30 | prove/VERB ccomp 20 dobj 23 xcomp 35 | publicize/VERB dobj 46
publish/VERB advcl 77 dobj 47 | pump/VERB dobj 72 prep 57
push/VERB advcl 26 dobj 21 prep 27 xcomp 37 | puzzle/VERB prep 57 | query/NOUN prep 57
question/NOUN prep 30 | question/VERB advcl 33 ccomp 82 dobj 76 prep 46 | quip/VERB ccomp 82
quote/VERB ccomp 46 dobj 66 prep 59 | rail/VERB prep 74 | rank/VERB dobj 41 | rant/NOUN prep 77
ratchet/VERB dobj 38 | ratify/VERB dobj 57 | rattle/VERB dobj 30 | read/VERB ccomp 90
reaffirm/VERB ccomp 77 dobj 66 | realize/VERB ccomp 53 | reassure/VERB ccomp 38 dobj 29
rebuff/VERB dobj 41 | rebuke/VERB dobj 79 prep 38 | rebut/VERB dobj 73
recall/VERB advcl 76 ccomp 88 dobj 78 prep 41 xcomp 57 | recite/VERB dobj 54 | reckon/VERB prep 57
recognition/NOUN acl 77 | recognize/VERB ccomp 71 dobj 39 prep 36 | recommend/VERB ccomp 72 dobj 43
record/VERB dobj 33 | recount/VERB dobj 70 | refer/VERB dobj 33 prep 63 | reference/NOUN prep 35
reference/VERB dobj 68 prep 72 | reflect/VERB prep 29 | refuse/VERB dobj 72 prep 66 xcomp 74
refute/VERB dobj 77 | regard/VERB dobj 66 prep 66 | reiterate/VERB advcl 46 ccomp 76 dobj 77
reject/VERB dobj 62 | rejection/NOUN prep 43 | release/VERB advcl 24 dobj 32 | relish/VERB dobj 72
reluctance/NOUN acl 55 | remark/NOUN acl 23 | remark/VERB ccomp 86 prep 47
remember/VERB advcl 47 ccomp 53 dobj 72 prep 79 xcomp 47 | remind/VERB ccomp 75 dobj 74 prep 23
renew/VERB dobj 22 | renounce/VERB dobj 46 | repeat/VERB ccomp 77 dobj 70 | replay/VERB dobj 77
reply/VERB _head 33 advcl 29 ccomp 86 | report/VERB _head 56 ccomp 88 dobj 62 xcomp 84
reprimand/VERB dobj 77 | repudiate/VERB dobj 61 | request/NOUN acl 25 | request/VERB dobj 49
require/VERB ccomp 46 xcomp 25 | resist/VERB dobj 43 xcomp 77 | resonate/VERB _head 38
respect/NOUN prep 41 | respond/VERB advcl 36 ccomp 79 prep 37 | response/NOUN acl 57
restrict/VERB dobj 45 | rethinking/NOUN prep 77 | retweete/VERB dobj 66
reveal/VERB _head 36 ccomp 77 dobj 57 | revisit/VERB dobj 33 | ridicule/VERB dobj 57
rip/VERB dobj 48 | robocall/NOUN acl 77 | rule/VERB ccomp 63 prep 41 xcomp 66 | ruling/NOUN prep 26
rumor/NOUN acl 38 | satirize/VERB dobj 77 | savage/VERB dobj 55 prep 57
say/VERB _head 76 ccomp 94 dobj 58 xcomp 70 | scramble/VERB xcomp 21 | scrutiny/NOUN prep 23
secret/NOUN prep 82 | see/VERB ccomp 26 dobj 37 prep 39 xcomp 23 | seek/VERB dobj 37 xcomp 53
seem/VERB ccomp 29 dobj 82 oprd 46 prep 51 xcomp 65 | sense/VERB ccomp 57
sentence/VERB dobj 77 prep 37 | share/VERB ccomp 72 dobj 39 | shoot/VERB _head 30 ccomp 55
shout/VERB ccomp 82 dobj 66 xcomp 77 | show/NOUN ccomp 77
show/VERB advcl 27 ccomp 64 dobj 61 prep 41 xcomp 81 | shrug/VERB dobj 61 | side/VERB prep 57
sign/NOUN acl 24 prep 23 | sign/VERB advcl 29 dobj 25 xcomp 57 | signal/VERB ccomp 88 dobj 46
single/VERB dobj 72 prep 77 | size/VERB dobj 77 | slam/VERB dobj 86 prep 62 | slash/VERB dobj 33
sound/VERB dobj 66 prep 28 | spar/VERB prep 72 | speak/VERB prep 20 xcomp 53
speculate/VERB ccomp 86 prep 66 | speculation/NOUN acl 86 | spell/VERB dobj 57 | split/VERB prep 21
sponsor/VERB dobj 21 | spot/VERB dobj 33 | spotlight/VERB dobj 38
state/VERB ccomp 81 dobj 57 prep 39 | statement/NOUN acl 50 | step/VERB advcl 21
story/NOUN acl 33 | stress/VERB ccomp 88 dobj 85 prep 55 | strive/VERB xcomp 77
struggle/VERB xcomp 28 | submit/VERB dobj 38 | sue/VERB dobj 31 prep 39
suggest/VERB _head 25 advcl 26 ccomp 85 dobj 44 xcomp 76 | suggestion/NOUN acl 54 prep 21
sum/VERB dobj 77 | support/NOUN acl 27 dobj 33 | support/VERB dobj 32 xcomp 49
surmise/VERB ccomp 77 | suspect/VERB ccomp 61 | swing/VERB prep 21 | talk/NOUN prep 26
talk/VERB advcl 23 dobj 53 prep 54 | taunt/VERB dobj 57
tell/VERB _head 29 ccomp 90 dobj 45 xcomp 46 | tend/VERB xcomp 21 | testify/VERB ccomp 61
testimonial/NOUN prep 57 | testimony/NOUN prep 23 | thank/VERB advcl 77 dobj 78 prep 62
theory/NOUN prep 46 | think/VERB ccomp 48 prep 33 | thought/NOUN prep 33
threaten/VERB dobj 25 xcomp 67 | thrill/VERB prep 57 | throw/VERB dobj 21 | tick/VERB dobj 82
tie/VERB dobj 20 | title/VERB oprd 64 | touch/VERB prep 43 | tout/VERB advcl 38 dobj 93 prep 53
trade/VERB dobj 27 | trash/VERB dobj 55 | trend/VERB dobj 77 | trumpet/VERB dobj 57
tussle/VERB prep 77 | tweet/VERB _head 25 advcl 24 ccomp 84 dobj 67 xcomp 82
underestimate/VERB dobj 23 | underscore/VERB dobj 38 | understand/VERB ccomp 32 dobj 25
understanding/NOUN prep 47 | unleash/VERB dobj 26 | unveil/VERB dobj 41 | unwillingness/NOUN acl 29
update/NOUN prep 26 | urge/VERB advcl 36 ccomp 46 dobj 78 prep 46 xcomp 79 | utter/VERB dobj 46
veto/VERB dobj 55 | vie/VERB prep 29 | view/NOUN prep 25 | view/VERB advcl 33 dobj 39 prep 31
vision/NOUN prep 21 | voice/VERB dobj 81 | vote/VERB prep 23 xcomp 64 | vouch/VERB prep 90
vow/NOUN acl 82 | vow/VERB advcl 38 ccomp 72 dobj 77 xcomp 90 | walk/VERB dobj 27
want/VERB ccomp 39 dobj 31 xcomp 37 | warn/VERB ccomp 93 dobj 79 prep 51 xcomp 66
warning/NOUN acl 66 prep 37 | watch/VERB advcl 21 | wave/VERB dobj 21 | weigh/VERB prep 35
welcome/VERB advcl 38 ccomp 46 dobj 29 prep 21 | withdraw/VERB dobj 48 | withhold/VERB dobj 33
witness/VERB dobj 37 | wonder/VERB ccomp 79 | word/NOUN prep 22 | worry/VERB ccomp 68 prep 47
write/VERB _head 49 advcl 32 ccomp 96 dobj 42 | yell/VERB ccomp 77 xcomp 77 | zero/VERB prep 47
"""



def _parse(table: str) -> dict[tuple[str, str, str], float]:
    rules: dict[tuple[str, str, str], float] = {}
    for entry in table.replace("\n", " | ").split("|"):
        words = entry.split()
        if not words:
            continue
        lemma, pos = words[0].split("/")
        for arg, rate in zip(words[1::2], words[2::2]):
            rules[(lemma, pos, arg)] = int(rate) / 100
    return rules


RULES: dict[tuple[str, str, str], float] = _parse(_TABLE)

CONTEXT: dict[tuple[str, object], float] = {
    ('dep', 'ROOT'): 1.13,
    ('dep', 'acl'): 0.74,
    ('dep', 'advcl'): 1.03,
    ('dep', 'attr'): 1.13,
    ('dep', 'ccomp'): 0.48,
    ('dep', 'conj'): 1.04,
    ('dep', 'csubj'): 0.72,
    ('dep', 'dep'): 1.01,
    ('dep', 'dobj'): 1.15,
    ('dep', 'nsubj'): 1.12,
    ('dep', 'parataxis'): 1.26,
    ('dep', 'pcomp'): 0.77,
    ('dep', 'pobj'): 0.99,
    ('dep', 'relcl'): 0.85,
    ('dep', 'xcomp'): 0.69,
    ('subject', False): 0.85,
    ('subject', True): 1.04,
    ('tag', 'NN'): 1.09,
    ('tag', 'NNS'): 1.13,
    ('tag', 'VB'): 0.73,
    ('tag', 'VBD'): 1.07,
    ('tag', 'VBG'): 0.96,
    ('tag', 'VBN'): 1.0,
    ('tag', 'VBP'): 1.11,
    ('tag', 'VBZ'): 1.08,
}
