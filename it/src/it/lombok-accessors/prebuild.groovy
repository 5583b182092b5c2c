// start from the project as a person has it before Armature ever ran (see ../shared/clean-outputs.groovy)
evaluate(new File(basedir, '../shared/clean-outputs.groovy'))
