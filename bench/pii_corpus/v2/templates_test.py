"""Utterance templates of the TEST half (scored once per release, never used for tuning). No template
and no cue phrase here appears in templates_tune.py."""

PII = [
    # names after cues, spelled surnames
    "Hello, you've got {NAME} on the line.",
    "It's listed under {NAME}, I'm the one who pays.",
    "This is about my dad's account, {NAME}.",
    "Okay so the name is {NAME}, spelled {SPELLED_LAST}.",
    "Surname's {LAST}, {SPELLED_LAST}, and first name {FIRST}.",
    "Is {FIRST} available? I was talking to her yesterday.",
    "Put it under {FIRST} please.",
    "This is {NAME} again, we got cut off.",
    "Yes, {NAME}, born {DOB}.",
    # SSN and last four
    "Social's {SSN}.",
    "Here's the SSN, {SSN}, do you need anything else?",
    "Last four digits of the social, {LAST4}.",
    "The one that ends with {LAST4}.",
    "Verify with the four at the end, {LAST4}? Okay.",
    # cards
    "Put it on the Mastercard, {CARD}.",
    "The card you have is {CARD}, security code is on the back.",
    "New card, {CARD}, the old one expired.",
    # phones
    "Best number to reach me is {PHONE}.",
    "Text me at {PHONE} when it ships.",
    "My daughter's phone, {PHONE}, she handles this.",
    "Work number {PHONE}, extension doesn't matter.",
    # account / member ids
    "Subscriber ID is {ACCOUNT}.",
    "Reading off the card, {ACCOUNT}.",
    "Policy, um, {ACCOUNT}.",
    "Group number, no wait, member number {ACCOUNT}.",
    "The ID on my insurance card is {ACCOUNT}, under {NAME}.",
    # dates of birth
    "Birthday is {DOB}.",
    "Birth date would be {DOB}.",
    "She was born on {DOB}, she's my daughter.",
    # e-mail
    "Email address is {EMAIL}.",
    "You can reach me by email, {EMAIL}.",
    "Use my work email, {EMAIL}.",
    # addresses and zip
    "The service address is {ADDRESS}.",
    "Mail it to {ADDRESS}, {ZIP}.",
    "I'm over at {ADDRESS}, near the school.",
    "New address, {ADDRESS}, zip {ZIP}.",
    "Zip is {ZIP}.",
    "It's going to {ADDRESS}, that's in {ZIP}.",
    "Deliver to {ADDRESS}.",
    # mixed with non-PII numbers
    "{NAME} here, they charged me {AMOUNT} for {QTY} refills.",
    "I'm on {DOSE} and the pharmacy at {TIME} said call you, the ID's {ACCOUNT}.",
    "Reach me at {PHONE}, I'm free until {TIME}.",
    "Hi, {FIRST} here, I've been a member since {YEAR}.",
    "It's {NAME} at {ADDRESS}, phone {PHONE}.",
    "The house is {ADDRESS}, the gate code is {OPTION}.",
    "Her birthday's {DOB} and she's on my plan, ID {ACCOUNT}.",
    "Charge {CARD}, billing zip {ZIP}.",
    "I'm {NAME}, my social security is {SSN}.",
    "Send the bill to {ADDRESS}, not the old one.",
    "This is {FIRST}'s husband, you can email her at {EMAIL}.",
]

NO_PII = [
    "The total came to {AMOUNT} with tax.",
    "Why is there a {AMOUNT} fee on my statement?",
    "Does the clinic open at {TIME} on Saturdays?",
    "I'm supposed to take {DOSE} with food.",
    "Can you send {QTY} of the refills at once?",
    "We signed up back in {YEAR}.",
    "Your assistant uses {MODEL} with config {VERSION}, right?",
    "They told me I'd get {PERCENT} off.",
    "It took {DURATION} to get through.",
    "Press {OPTION}, got it.",
    "My appointment got moved to {TIME}.",
    "There are {SMALL} of us in the house.",
    "First it was {AMOUNT}, then {AMOUNT}, now {AMOUNT}.",
    "No, I, I just want to know why it changed.",
    "Alright, sounds good, thanks so much.",
    "Is {DOSE} the generic or the brand?",
    "Will someone from billing ring me? I hope so.",
    "The logs showed {MODEL} and {VERSION}.",
    "I'll pay on the first, is that okay?",
    "So {PERCENT} of {AMOUNT}, how much is that?",
    "Can the doctor's office fax it before {TIME}?",
    "The bot kept saying error {SMALL} and then hung up.",
    "It's a {QTY} pack, and I want it every {DURATION}.",
    "Do you still take checks, or only card, for {AMOUNT}?",
    "I refilled it in {YEAR}, the {DOSE} one.",
    "Which email do you have for me? I changed it {SMALL} times.",
    "The card got declined, I'll try another one in {DURATION}.",
    "I'd like to grant my son access, he's {QTY} now.",
    "Do you need my social again? I already gave it.",
]

FILLERS = ["um", "uh", "um", "I mean", "er"]
