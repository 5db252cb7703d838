"""Utterance templates of the TUNING half. The test half (templates_test.py) shares no template and no
cue phrase with these. Slots in braces: PII slots (values.py) and non-PII number slots (distractors.py)."""

PII = [
    # names after cues, spelled surnames
    "Hi, this is {NAME}, I'm calling about my bill.",
    "Yeah, the account is under {NAME}.",
    "It should be under my wife's name, {FIRST}.",
    "My name is {NAME}, that's {SPELLED_LAST}.",
    "Last name {LAST}, {SPELLED_LAST}.",
    "Can I speak to {FIRST}? She helped me last week.",
    "Sure, I'm {NAME} and my date of birth is {DOB}.",
    "The policy holder is {NAME}.",
    "Um, it's {FIRST}, {FIRST} {LAST}, sorry.",
    # SSN and last four
    "My social is {SSN}.",
    "Okay, social security number, {SSN}.",
    "The last four of my social are {LAST4}.",
    "It's the card ending in {LAST4}.",
    "Last four, {LAST4}, and the zip is {ZIP}.",
    # cards
    "I want to pay with my Visa, the number is {CARD}.",
    "Card number {CARD}, expiration is next year.",
    "Let me read it, {CARD}, and it's {AMOUNT} I owe, right?",
    # phones
    "You can call me back at {PHONE}.",
    "My cell is {PHONE}, best after {TIME}.",
    "The number on file should be {PHONE}.",
    "Call me at {PHONE} or email {EMAIL}.",
    # account / member ids
    "My member ID is {ACCOUNT}.",
    "The policy number is {ACCOUNT}.",
    "I have the member number here, it's {ACCOUNT}.",
    "Member ID {ACCOUNT}, and I'm {NAME}.",
    "It says ID {ACCOUNT} on the front of the card.",
    # dates of birth
    "Date of birth, {DOB}.",
    "I was born {DOB}.",
    "DOB is {DOB}, and the last four of my social are {LAST4}.",
    # e-mail
    "My email is {EMAIL}.",
    "Send it to {EMAIL}, please.",
    "The email on the account is {EMAIL}, I think.",
    # addresses and zip
    "I live at {ADDRESS}.",
    "The address is {ADDRESS}, zip code {ZIP}.",
    "Ship it to {ADDRESS}, {ZIP}.",
    "We moved to {ADDRESS} in {YEAR}.",
    "It's {ADDRESS}, the zip is {ZIP}.",
    "My zip code is {ZIP}.",
    "Billing address is {ADDRESS}.",
    # mixed with non-PII numbers
    "I'm {NAME}, I take {DOSE} twice a day and I need a refill.",
    "This is {FIRST}, I ordered {QTY} of them and got charged {AMOUNT}.",
    "My number is {PHONE} and I've been waiting {DURATION}.",
    "I pressed {OPTION} and then it asked for my member ID, {ACCOUNT}.",
    "Account under {NAME}, {ADDRESS}, {ZIP}.",
    "Yeah so it's {ADDRESS}, and my phone is {PHONE}.",
    "For verification, {DOB}, and the member ID is {ACCOUNT}.",
    "Okay, the card is {CARD}, and the zip for the card is {ZIP}.",
    "Hi, {NAME}, I'm calling for my mom, her social is {SSN}.",
    "I got a letter at {ADDRESS} saying I owe {AMOUNT}.",
    "My wife {FIRST} usually calls, her email is {EMAIL}.",
]

NO_PII = [
    "My bill went up {AMOUNT} this month.",
    "I was charged {AMOUNT} twice on the same day.",
    "Can I come in at {TIME} tomorrow?",
    "The doctor said {DOSE} in the morning.",
    "I need {QTY} more boxes of the test strips.",
    "I've been a customer since {YEAR}.",
    "The bot said it runs on {MODEL}, prompt {VERSION}.",
    "Is there a {PERCENT} discount if I pay now?",
    "I've been on hold for {DURATION}.",
    "I pressed {OPTION} like it said.",
    "The pharmacy closes at {TIME}.",
    "We have {SMALL} kids on the plan.",
    "It was {AMOUNT} last year and now it's {AMOUNT}.",
    "Okay, okay, so I need to change the plan, not cancel it.",
    "Yeah, no, that's fine, go ahead.",
    "Will the new plan cover the {DOSE} dose?",
    "Can you grant me an extension until {TIME}?",
    "The error said {MODEL} timed out after {DURATION}.",
    "I'll be traveling in May, so I'd like to pause it.",
    "Wait, is it {PERCENT} or {PERCENT}?",
    "Mark it as urgent, the refill is for {QTY} days.",
    "The Main Street office closed at {TIME}, so I'm calling instead.",
    "Is version {VERSION} the one with the fix?",
    "Okay, {AMOUNT} now and {AMOUNT} on the fifteenth.",
    "I need the {DOSE} tablets, not the capsules, {QTY} of them.",
    "I don't have my member ID with me right now, can I call back in {DURATION}?",
    "Can I update my phone number online or do I have to call?",
    "Is there a grace period on the bill if I'm {SMALL} days late?",
    "My date of birth is on file already, I gave it last time.",
]

FILLERS = ["uh", "um", "uh", "you know", "like"]
