console.log("nad-designer")
