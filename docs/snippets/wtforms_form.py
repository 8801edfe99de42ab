from flask_wtf import FlaskForm
from wtforms import EmailField, SelectField, StringField, SubmitField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired

from gcds.wtforms import DateField, MultiCheckboxField


class ApplicationForm(FlaskForm):
    full_name = StringField("Full name", [DataRequired("Enter your full name")])
    email = EmailField("Email address", [DataRequired("Enter your email address")])
    province = SelectField(
        "Province or territory",
        choices=[
            SelectChoice("", "Select a province or territory"),
            SelectChoice("ON", "Ontario"),
            SelectChoice("QC", "Quebec"),
        ],
        validators=[DataRequired("Select your province or territory")],
    )
    topics = MultiCheckboxField(
        "Topics", choices=[SelectChoice("tax", "Taxes"), SelectChoice("travel", "Travel")]
    )
    dob = DateField("Date of birth", [DataRequired()], description="For example, 3 27 2007")
    submit = SubmitField("Continue")
